import {
  buildRepositoryFiles,
  collectWarnings,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';

type FieldError = { path: string; message: string };

/** What the preview shows: the generated files and warnings, or the errors that block them. */
export type Preview =
  | {
      kind: 'files';
      files: { path: string; content: string }[];
      warnings: ReturnType<typeof collectWarnings>;
    }
  | { kind: 'errors'; errors: FieldError[] };

/**
 * Builds the files of the generated repository from the form values with the
 * same model and builder as the scaffolder action, so the preview matches
 * what the template publishes.
 */
export function buildPreview(formData: unknown): Preview {
  const result = validateStatefulSetValues(formData);
  if (!result.success) {
    return { kind: 'errors', errors: result.errors };
  }
  return {
    kind: 'files',
    files: buildRepositoryFiles(result.values),
    warnings: collectWarnings(result.values),
  };
}
