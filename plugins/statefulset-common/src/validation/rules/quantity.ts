import { describeValue } from './describe';

/**
 * Kind of amount a quantity measures: CPU in cores, or bytes of memory or
 * storage.
 */
export type QuantityKind = 'cpu' | 'memory' | 'storage';

// Grammar of resource.Quantity (k8s.io/apimachinery): a signed decimal number,
// then a binary SI suffix, a decimal SI suffix or a decimal exponent.
const quantityPattern =
  /^([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$/;

const suffixMultipliers: Record<string, number> = {
  '': 1,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

/** Returns a quantity's value (cores or bytes) as a number, or undefined when it is not a quantity. */
export function parseQuantity(value: string): number | undefined {
  const match = quantityPattern.exec(value);
  if (!match) {
    return undefined;
  }

  const [, sign, digits, suffix = ''] = match;
  // `E` and `Ei` are suffixes (exa, exbi), so only `e` or `E` followed by
  // digits is an exponent.
  const multiplier =
    suffix in suffixMultipliers
      ? suffixMultipliers[suffix]
      : 10 ** Number(suffix.slice(1));
  const magnitude = Number(digits) * multiplier;
  return sign === '-' ? -magnitude : magnitude;
}

const examples: Record<QuantityKind, string> = {
  cpu: 'CPU is counted in cores or millicores, e.g. "500m" or "2"',
  memory:
    'memory is counted in bytes with a suffix such as Mi or Gi, e.g. "512Mi" or "2Gi"',
  storage:
    'storage is counted in bytes with a suffix such as Mi, Gi or Ti, e.g. "20Gi"',
};

type Suggestion = { primary: string; alternative?: string };

// Units people write, by lowercased spelling, mapped to Kubernetes suffixes.
const byteUnits: Record<string, Suggestion> = {
  '': { primary: '' },
  b: { primary: '' },
  byte: { primary: '' },
  bytes: { primary: '' },
  k: { primary: 'Ki', alternative: 'k' },
  kb: { primary: 'k', alternative: 'Ki' },
  ki: { primary: 'Ki' },
  kib: { primary: 'Ki' },
  m: { primary: 'Mi', alternative: 'M' },
  mb: { primary: 'M', alternative: 'Mi' },
  mi: { primary: 'Mi' },
  mib: { primary: 'Mi' },
  g: { primary: 'G', alternative: 'Gi' },
  gb: { primary: 'G', alternative: 'Gi' },
  gi: { primary: 'Gi' },
  gib: { primary: 'Gi' },
  t: { primary: 'T', alternative: 'Ti' },
  tb: { primary: 'T', alternative: 'Ti' },
  ti: { primary: 'Ti' },
  tib: { primary: 'Ti' },
  p: { primary: 'P', alternative: 'Pi' },
  pb: { primary: 'P', alternative: 'Pi' },
  pi: { primary: 'Pi' },
  pib: { primary: 'Pi' },
};

const cpuUnits: Record<string, Suggestion> = {
  '': { primary: '' },
  core: { primary: '' },
  cores: { primary: '' },
  cpu: { primary: '' },
  cpus: { primary: '' },
  vcpu: { primary: '' },
  vcpus: { primary: '' },
  m: { primary: 'm' },
  mi: { primary: 'm' },
  mc: { primary: 'm' },
  millicore: { primary: 'm' },
  millicores: { primary: 'm' },
  millicpu: { primary: 'm' },
};

/**
 * Suggests the nearest valid spelling of a mistyped quantity, e.g. `2GiB` ->
 * `2Gi`, `500mi` (CPU) -> `500m`, `1gb` -> `1G` or `1Gi`.
 */
export function suggestQuantity(value: string, kind: QuantityKind): string[] {
  const compact = value.trim().replace(/\s+/g, '').replace(',', '.');
  const match = /^([0-9]+(?:\.[0-9]*)?|\.[0-9]+)([A-Za-z]*)$/.exec(compact);
  if (!match) {
    return [];
  }

  const [, digits, unit] = match;
  const units = kind === 'cpu' ? cpuUnits : byteUnits;
  const suggestion = units[unit.toLowerCase()];
  if (!suggestion) {
    return [];
  }

  const candidates = [suggestion.primary, suggestion.alternative]
    .filter((suffix): suffix is string => suffix !== undefined)
    .map(suffix => `${digits}${suffix}`);
  return candidates.filter(
    candidate =>
      candidate !== value && validateQuantity(candidate, kind) === undefined,
  );
}

const binaryExponents: Record<string, number> = {
  Ki: 10,
  Mi: 20,
  Gi: 30,
  Ti: 40,
  Pi: 50,
  Ei: 60,
};

const decimalExponents: Record<string, number> = {
  '': 0,
  m: -3,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

/**
 * Checks whether a quantity is a whole number of bytes in exact integer
 * arithmetic, because floats round 1.0000001Gi to a whole number. Expects a
 * value that parseQuantity accepts.
 */
function isWholeQuantity(value: string): boolean {
  const [, , digits, suffix = ''] = quantityPattern.exec(value)!;
  const [integerPart, fractionPart = ''] = digits.split('.');
  const numerator = BigInt(`${integerPart}${fractionPart}` || '0');
  const binaryExponent = binaryExponents[suffix] ?? 0;
  const decimalExponent =
    suffix in binaryExponents
      ? 0
      : decimalExponents[suffix] ?? Number(suffix.slice(1));

  // The value is numerator * 2^binaryExponent / 10^divisorExponent.
  const divisorExponent = fractionPart.length - decimalExponent;
  if (divisorExponent <= 0 || numerator === 0n) {
    return true;
  }
  // A numerator of n digits times at most 2^60 is below 10^(n + 19), so a
  // larger power of ten cannot divide it, and the power is never computed.
  if (divisorExponent > digits.length + 19) {
    return false;
  }
  const scaled = numerator * 2n ** BigInt(binaryExponent);
  return scaled % 10n ** BigInt(divisorExponent) === 0n;
}

function describeSuggestions(suggestions: string[]): string {
  return suggestions.map(suggestion => `"${suggestion}"`).join(' or ');
}

/**
 * Checks a Kubernetes quantity for CPU, memory or storage: the quantity
 * grammar, no negative amounts, CPU without byte units, whole bytes.
 */
export function validateQuantity(
  value: string,
  kind: QuantityKind,
): string | undefined {
  const parsed = parseQuantity(value);

  if (parsed === undefined) {
    const suggestions = suggestQuantity(value, kind);
    if (suggestions.length > 0) {
      return `${describeValue(
        value,
      )} is not a Kubernetes quantity, write ${describeSuggestions(
        suggestions,
      )}`;
    }
    return `${describeValue(value)} is not a Kubernetes quantity, ${
      examples[kind]
    }`;
  }

  if (parsed < 0) {
    return `${describeValue(value)} is negative, ${examples[kind]}`;
  }

  if (kind === 'cpu' && /(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)$/.test(value)) {
    const digits = value.replace(/[A-Za-z]+$/, '');
    return `${describeValue(
      value,
    )} uses a byte unit for CPU, CPU is counted in cores or millicores, e.g. "${digits}m" or "1"`;
  }

  if (kind !== 'cpu' && !isWholeQuantity(value)) {
    if (value.endsWith('m')) {
      const digits = value.slice(0, -1);
      return `${describeValue(
        value,
      )} is ${parsed} bytes because the suffix m means 1/1000, write "${digits}Mi" (mebibytes) or "${digits}M" (megabytes)`;
    }
    return `${describeValue(
      value,
    )} is ${parsed} bytes, which is not a whole number of bytes, ${
      examples[kind]
    }`;
  }

  return undefined;
}
