/*
 * Jest resolver for this package's tests. Jest resolves package exports with
 * the `require` (or `browser`) condition, but kubernetes-models 5 and its
 * dependencies export only an `import` entry. When the usual conditions find
 * nothing, resolve once more with `import` added. The SWC transform then turns
 * those ES modules into CommonJS like any other source.
 */
module.exports = (request, options) => {
  try {
    return options.defaultResolver(request, options);
  } catch (error) {
    const conditions = options.conditions ?? [];
    if (conditions.includes('import')) {
      throw error;
    }
    return options.defaultResolver(request, {
      ...options,
      conditions: [...conditions, 'import'],
    });
  }
};
