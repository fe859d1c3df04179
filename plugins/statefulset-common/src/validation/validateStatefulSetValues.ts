import { z } from 'zod';
import { StatefulSetValues, statefulSetValuesSchema } from '../model';
import { checkValues } from './checks';
import { FieldError } from './fieldError';
import { findUnknownParameters } from './unknownParameters';
import { fieldErrorsFromIssue } from './zodIssues';

/** Result of validating wizard values: the parsed values, or every invalid field. */
export type StatefulSetValuesValidation =
  | { success: true; values: StatefulSetValues }
  | { success: false; errors: FieldError[] };

// NOTE: zod skips this refinement while any field has the wrong type (for
// example a number where a string belongs), so rules that compare fields run
// only once the structure is right. Single-field rules always run.
const validationSchema = statefulSetValuesSchema.superRefine((values, ctx) => {
  for (const issue of checkValues(values)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: [...issue.path],
      message: issue.message,
    });
  }
});

/**
 * Validates wizard values with the model and every rule, and returns the
 * parsed values with defaults, or all invalid fields at once.
 */
export function validateStatefulSetValues(
  input: unknown,
): StatefulSetValuesValidation {
  const unknownParameters = findUnknownParameters(input);
  const result = validationSchema.safeParse(input);
  if (result.success) {
    return unknownParameters.length === 0
      ? { success: true, values: result.data }
      : { success: false, errors: unknownParameters };
  }

  const errors: FieldError[] = [...unknownParameters];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    for (const error of fieldErrorsFromIssue(
      issue,
      input,
      statefulSetValuesSchema,
    )) {
      const id = `${error.path}\n${error.message}`;
      if (!seen.has(id)) {
        seen.add(id);
        errors.push(error);
      }
    }
  }
  return { success: false, errors };
}
