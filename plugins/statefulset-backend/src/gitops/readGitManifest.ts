import { Entity } from '@backstage/catalog-model';
import {
  locateRepository,
  repositoryFileUrl,
} from '@internal/backstage-plugin-statefulset-common';
import { parse } from 'yaml';
import { RepositoryFileCache } from './RepositoryFileCache';

/** Path of the StatefulSet manifest in a generated repository. */
export const STATEFULSET_MANIFEST_FILE = 'manifests/statefulset.yaml';

/** The StatefulSet manifest from Git, or why it could not be read. */
export type GitManifest =
  | { found: true; url: string; text: string; object: Record<string, unknown> }
  | { found: false; url?: string; error: string };

/**
 * Reads manifests/statefulset.yaml of the entity's repository. Failures are
 * returned, not thrown, because the live object can be shown without it.
 */
export async function readGitManifest(
  entity: Entity,
  files: RepositoryFileCache,
): Promise<GitManifest> {
  const location = locateRepository(entity);
  if (!location.found) {
    return { found: false, error: location.reason };
  }

  const url = repositoryFileUrl(location.baseUrl, STATEFULSET_MANIFEST_FILE);
  let text: string;
  try {
    text = await files.read(url);
  } catch (error) {
    const message =
      (error as Error)?.name === 'NotFoundError'
        ? `${STATEFULSET_MANIFEST_FILE} not found at ${url}`
        : `reading ${url} failed: ${(error as Error)?.message}`;
    return { found: false, url, error: message };
  }

  let object: unknown;
  try {
    object = parse(text);
  } catch (error) {
    return {
      found: false,
      url,
      error: `${url} is not valid YAML: ${(error as Error).message}`,
    };
  }
  const kind = (object as { kind?: unknown } | null)?.kind;
  if (
    typeof object !== 'object' ||
    Array.isArray(object) ||
    kind !== 'StatefulSet'
  ) {
    return {
      found: false,
      url,
      error: `${url} does not contain one StatefulSet object, found kind ${JSON.stringify(
        kind,
      )}`,
    };
  }
  return { found: true, url, text, object: object as Record<string, unknown> };
}
