import { validateStatefulSetValues } from '@internal/backstage-plugin-statefulset-common';
import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import type { JsonObject } from '@backstage/types';

/** Messages of the parameter model, keyed by path such as `containers[0].ports[1].name`. */
export type ErrorMap = ReadonlyMap<string, string>;

function belongsTo(path: string, key: string): boolean {
  return (
    path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)
  );
}

/**
 * Validates the whole form with the parameter model after putting `value`
 * under `key`, and returns the errors whose path lies under `key`. Errors of
 * fields that the user has not reached yet are left out, so a page is judged
 * only by its own fields.
 */
export function collectModelErrors(
  formData: JsonObject | undefined,
  key: string,
  value: unknown,
): ErrorMap {
  const result = validateStatefulSetValues({ ...formData, [key]: value });
  const errors = new Map<string, string>();
  if (result.success) {
    return errors;
  }

  for (const error of result.errors) {
    if (belongsTo(error.path, key) && !errors.has(error.path)) {
      errors.set(error.path, error.message);
    }
  }
  return errors;
}

/**
 * Finds the parameter key whose value is `value` itself. The scaffolder calls
 * a field's validation with the value but not the key, and the form replaces
 * objects on every change, so identity picks out one key.
 */
function keyHolding(
  formData: JsonObject | undefined,
  value: unknown,
): string | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const keys = Object.keys(formData ?? {}).filter(k => formData?.[k] === value);
  return keys.length === 1 ? keys[0] : undefined;
}

/** Options that every field of this plugin accepts under `ui:options`. */
export type ModelFieldUiOptions = {
  /** Parameter key that the field edits, when it differs from the field's default key. */
  key?: string;
};

/**
 * Creates the `validation` function of a field: it blocks the step with the
 * same `<path>: <message>` text as the scaffolder action when the value under
 * the field's key is invalid.
 */
export function createModelValidation<TValue>(
  defaultKey: string,
): CustomFieldValidator<TValue, ModelFieldUiOptions> {
  return (value, fieldValidation, context) => {
    const key =
      context.uiSchema?.['ui:options']?.key ??
      keyHolding(context.formData, value) ??
      defaultKey;
    const errors = collectModelErrors(context.formData, key, value);
    for (const [path, message] of errors) {
      fieldValidation.addError(`${path}: ${message}`);
    }
  };
}
