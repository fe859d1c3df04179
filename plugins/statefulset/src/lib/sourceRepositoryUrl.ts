import type { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_SOURCE_LOCATION,
  ANNOTATION_VIEW_URL,
} from '@backstage/catalog-model';

/**
 * Returns the web address of the entity's source repository, from
 * `backstage.io/view-url` or else `backstage.io/source-location`
 * (`url:<address>` form only), or undefined when neither gives one.
 */
export function getSourceRepositoryUrl(entity: Entity): string | undefined {
  const annotations = entity.metadata.annotations ?? {};

  const viewUrl = annotations[ANNOTATION_VIEW_URL];
  if (viewUrl) {
    return viewUrl;
  }

  const sourceLocation = annotations[ANNOTATION_SOURCE_LOCATION];
  if (sourceLocation?.startsWith('url:')) {
    return sourceLocation.slice('url:'.length);
  }

  return undefined;
}
