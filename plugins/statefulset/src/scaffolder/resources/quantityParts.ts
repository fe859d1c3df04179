/** Suffixes offered by the unit pickers, in the spelling Kubernetes accepts. */
export const CPU_UNITS = ['', 'm'] as const;
export const BYTE_UNITS = [
  'Mi',
  'Gi',
  'Ti',
  'Ki',
  'M',
  'G',
  'T',
  'k',
  '',
] as const;
export const STORAGE_UNITS = ['Gi', 'Ti', 'Mi', 'G', 'T', 'M'] as const;

export type QuantityParts = { amount: string; unit: string };

/**
 * Splits a quantity into the amount box and the unit picker. A suffix that
 * the picker does not offer stays in the amount box, so the model reports it
 * (for example `2GiB`) rather than the form hiding it.
 */
export function splitQuantity(
  quantity: string | undefined,
  units: readonly string[],
): QuantityParts {
  if (!quantity) {
    return { amount: '', unit: units[0] };
  }
  const match = /^([0-9.]+)([A-Za-z]*)$/.exec(quantity);
  if (match && units.includes(match[2])) {
    return { amount: match[1], unit: match[2] };
  }
  return { amount: quantity, unit: '' };
}

/**
 * Joins amount and unit; an empty amount removes the quantity. An amount
 * typed with its own suffix, such as `2GiB`, is kept as typed without the
 * picked unit, so the model judges exactly what the user wrote.
 */
export function joinQuantity(parts: QuantityParts): string | undefined {
  const amount = parts.amount.trim();
  if (amount === '') {
    return undefined;
  }
  return /^[0-9.]+$/.test(amount) ? `${amount}${parts.unit}` : amount;
}
