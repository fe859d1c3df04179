import {
  buildRepositoryFiles,
  collectWarnings,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import type {
  FieldError,
  RepositoryFile,
  StatefulSetValues,
  Warning,
} from '@internal/backstage-plugin-statefulset-common';

/** What the preview shows: the generated files and warnings, or the errors that block them. */
export type Preview =
  | {
      kind: 'files';
      /** The parsed form values with defaults applied, which the files are built from. */
      values: StatefulSetValues;
      files: RepositoryFile[];
      warnings: Warning[];
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
    values: result.values,
    files: buildRepositoryFiles(result.values),
    warnings: collectWarnings(result.values),
  };
}
