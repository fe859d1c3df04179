import {
  ANNOTATION_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';

/**
 * Root URL of an entity's repository, or the reason it cannot be found.
 *
 * @public
 */
export type RepositoryLocation =
  | { found: true; baseUrl: string; annotation: string }
  | { found: false; reason: string };

function urlOf(annotationValue: string): string | undefined {
  try {
    const { type, target } = parseLocationRef(annotationValue);
    return type === 'url' ? target : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the root folder of the entity's repository: the
 * `backstage.io/source-location` URL, or else the folder of the
 * `backstage.io/managed-by-location` URL, where catalog-info.yaml is.
 * The returned URL ends with `/`, so file paths resolve below it.
 *
 * NOTE: a repository whose catalog-info.yaml is in a subfolder resolves to
 * that subfolder when only managed-by-location is set.
 *
 * @public
 */
export function locateRepository(entity: Entity): RepositoryLocation {
  const annotations = entity.metadata.annotations ?? {};

  const sourceLocation = annotations[ANNOTATION_SOURCE_LOCATION];
  const sourceUrl = sourceLocation ? urlOf(sourceLocation) : undefined;
  if (sourceUrl) {
    return {
      found: true,
      baseUrl: sourceUrl.endsWith('/') ? sourceUrl : `${sourceUrl}/`,
      annotation: ANNOTATION_SOURCE_LOCATION,
    };
  }

  const managedBy = annotations[ANNOTATION_LOCATION];
  const managedByUrl = managedBy ? urlOf(managedBy) : undefined;
  if (managedByUrl) {
    return {
      found: true,
      baseUrl: new URL('./', managedByUrl).href,
      annotation: ANNOTATION_LOCATION,
    };
  }

  return {
    found: false,
    reason:
      `no ${ANNOTATION_SOURCE_LOCATION} or ${ANNOTATION_LOCATION} annotation ` +
      'of type url, e.g. "url:https://github.com/acme/nginx/tree/main/"; ' +
      'register the entity from its repository',
  };
}

/**
 * Resolves a file path of the repository, e.g. `values.yaml`, against its root URL.
 *
 * @public
 */
export function repositoryFileUrl(baseUrl: string, filePath: string): string {
  return new URL(filePath, baseUrl).href;
}
