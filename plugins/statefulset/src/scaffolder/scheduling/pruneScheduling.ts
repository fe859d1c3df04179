type Draft = Record<string, any>;

/**
 * Removes empty term lists, and parts left empty by that, from scheduling
 * values. A form library that fills every list of the schema with `[]` would
 * otherwise send `nodeAffinity.required: []`, which Kubernetes rejects.
 */
export function pruneScheduling(value: Draft | undefined): Draft | undefined {
  if (!value) {
    return undefined;
  }
  const result: Draft = {};

  for (const part of ['nodeAffinity', 'podAffinity', 'podAntiAffinity']) {
    const terms = value[part];
    if (!terms) continue;
    const kept = Object.fromEntries(
      Object.entries(terms).filter(
        ([, list]) => !(Array.isArray(list) && list.length === 0),
      ),
    );
    if (Object.keys(kept).length > 0) {
      result[part] = kept;
    }
  }

  if (Array.isArray(value.tolerations) && value.tolerations.length > 0) {
    result.tolerations = value.tolerations;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
