import {
  FieldError,
  findImmutableChanges,
  StatefulSetValues,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import { parse } from 'yaml';

/** Immutable changes, or why the repository's values could not be compared. */
export type ImmutableCheck =
  | { compared: true; changes: FieldError[] }
  | { compared: false; reason: string };

/**
 * Compares the new values with values.yaml of the repository and lists the
 * values that the API server cannot change on the existing StatefulSet.
 */
export function checkImmutableChanges(
  baseValuesYaml: string | undefined,
  values: StatefulSetValues,
): ImmutableCheck {
  if (baseValuesYaml === undefined) {
    return { compared: false, reason: 'the repository has no values.yaml' };
  }

  let base: unknown;
  try {
    base = parse(baseValuesYaml);
  } catch (error) {
    return {
      compared: false,
      reason: `values.yaml of the repository is not valid YAML: ${
        (error as Error).message
      }`,
    };
  }

  const result = validateStatefulSetValues(base);
  if (!result.success) {
    return {
      compared: false,
      reason: `values.yaml of the repository has ${result.errors.length} invalid fields, e.g. ${result.errors[0].path}: ${result.errors[0].message}`,
    };
  }
  return {
    compared: true,
    changes: findImmutableChanges(result.values, values),
  };
}
