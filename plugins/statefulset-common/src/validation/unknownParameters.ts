import { statefulSetValuesSchema } from '../model';
import { FieldError, formatPath } from './fieldError';

/**
 * Parameters of the templates that only steer the wizard or the publish
 * steps. The templates pass all their parameters to the render action, so
 * these are accepted and dropped.
 */
export const WIZARD_ONLY_PARAMETERS: ReadonlySet<string> = new Set([
  'customScheduling',
  'entity',
  'preview',
  'publishTo',
]);

const KNOWN_PARAMETERS = Object.keys(statefulSetValuesSchema.shape);

/** Levenshtein distance, for suggesting the parameter that a typo meant. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + substitution,
      );
    }
    previous = current;
  }
  return previous[b.length];
}

function closestParameter(key: string): string | undefined {
  const lowerKey = key.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of KNOWN_PARAMETERS) {
    const distance = editDistance(lowerKey, name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) {
      best = { name, distance };
    }
  }
  return best?.name;
}

/**
 * Finds top-level keys that are neither parameters of the values model nor
 * wizard-only parameters, so a misspelt `replicaz: 3` fails instead of
 * leaving the set at its default of one replica.
 */
export function findUnknownParameters(input: unknown): FieldError[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [];
  }

  const errors: FieldError[] = [];
  for (const key of Object.keys(input)) {
    if (KNOWN_PARAMETERS.includes(key) || WIZARD_ONLY_PARAMETERS.has(key)) {
      continue;
    }

    const suggestion = closestParameter(key);
    errors.push({
      path: formatPath([key]),
      message: suggestion
        ? `is not a parameter of the template, did you mean "${suggestion}"?`
        : 'is not a parameter of the template, remove it or use one of its ' +
          'parameters such as "replicas" or "containers"',
    });
  }
  return errors;
}
