/** Names listed in full before a list is shortened. */
const MAX_LISTED = 5;

/**
 * Joins names for a sentence, shortening long lists to the first two, an
 * ellipsis and the last one with the total, e.g. `web-3, web-4, …, web-40 (38)`.
 */
export function formatNameList(names: string[]): string {
  if (names.length <= MAX_LISTED) {
    return names.join(', ');
  }

  const first = names.slice(0, 2).join(', ');
  const last = names[names.length - 1];
  return `${first}, …, ${last} (${names.length})`;
}

/** Pod names of the set's ordinals, `<set>-<ordinal>`, in the given order. */
export function podNames(setName: string, ordinals: number[]): string[] {
  return ordinals.map(ordinal => `${setName}-${ordinal}`);
}

/** Formats a count with its noun, e.g. `1 pod`, `3 pods`. */
export function formatCount(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
