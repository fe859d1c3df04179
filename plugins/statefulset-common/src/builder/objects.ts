/**
 * Copies an object without its undefined fields, so they leave no key
 * behind and the YAML lists only what is set.
 */
export function dropUndefined<T extends object>(object: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value !== undefined) {
      copy[key] = value;
    }
  }
  return copy as T;
}

/**
 * Copies a value without its empty arrays, at any depth. An empty list of
 * the values model means the same as an absent one, so a form that sends
 * `volumes: []` and a values file without `volumes` store the same text.
 */
export function dropEmptyLists<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map(item => dropEmptyLists(item)) as T;
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }

  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child) && child.length === 0) {
      continue;
    }
    copy[key] = dropEmptyLists(child);
  }
  return copy as T;
}
