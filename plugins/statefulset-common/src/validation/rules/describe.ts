/** Quotes a value for a message: strings in double quotes, everything else as JSON. */
export function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'undefined';
  }

  const text = JSON.stringify(value);
  if (text === undefined) {
    return String(value);
  }

  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Describes a string's length, e.g. `"abc" is 3 characters long`. */
export function describeLength(value: string): string {
  return `${describeValue(value)} is ${value.length} characters long`;
}
