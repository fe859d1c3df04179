import {
  buildRepositoryFiles,
  findImmutableChanges,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import type {
  FieldError,
  RepositoryFile,
  StatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';

/** Change to one file of the generated repository. */
export interface FileChange {
  path: string;
  change: 'added' | 'modified' | 'removed';
}

/** Result of {@link compareWithRepository}. */
export type RepositoryComparison =
  | {
      kind: 'compared';
      /** Changed values that the API server rejects on an existing StatefulSet. */
      immutableChanges: FieldError[];
      fileChanges: FileChange[];
    }
  | {
      /** The stored values.yaml is invalid, so nothing was compared. */
      kind: 'invalid';
      errors: FieldError[];
    };

function listFileChanges(
  before: RepositoryFile[],
  after: RepositoryFile[],
): FileChange[] {
  const contentBefore = new Map(before.map(file => [file.path, file.content]));
  const pathsAfter = new Set(after.map(file => file.path));
  const changes: FileChange[] = [];

  for (const file of after) {
    const previous = contentBefore.get(file.path);
    if (previous === undefined) {
      changes.push({ path: file.path, change: 'added' });
    } else if (previous !== file.content) {
      changes.push({ path: file.path, change: 'modified' });
    }
  }

  for (const file of before) {
    if (!pathsAfter.has(file.path)) {
      changes.push({ path: file.path, change: 'removed' });
    }
  }

  return changes;
}

/**
 * Compares the form values with the values.yaml stored in the entity's
 * repository: which immutable values change, and which generated files
 * differ.
 *
 * NOTE: The files are compared with files rendered again from the stored
 * values.yaml, not with the files in Git. Rendering stored values gives the
 * same bytes, but a hand edit of a manifest in Git does not show here.
 */
export function compareWithRepository(
  storedValues: unknown,
  current: StatefulSetValues,
): RepositoryComparison {
  const stored = validateStatefulSetValues(storedValues);
  if (!stored.success) {
    return { kind: 'invalid', errors: stored.errors };
  }

  return {
    kind: 'compared',
    immutableChanges: findImmutableChanges(stored.values, current),
    fileChanges: listFileChanges(
      buildRepositoryFiles(stored.values),
      buildRepositoryFiles(current),
    ),
  };
}
