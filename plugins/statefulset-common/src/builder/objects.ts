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
