import { createPermission } from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';

/**
 * Changes the replica count of an entity's StatefulSet through the `scale`
 * subresource.
 *
 * @public
 */
export const statefulSetScalePermission = createPermission({
  name: 'statefulset.scale',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Restarts the pods of an entity's StatefulSet by setting
 * `kubectl.kubernetes.io/restartedAt` on its pod template.
 *
 * @public
 */
export const statefulSetRedeployPermission = createPermission({
  name: 'statefulset.redeploy',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Proposes a change to an entity's StatefulSet in its Git repository, as a
 * branch, pull request or merge request. The cluster itself is not changed.
 *
 * @public
 */
export const statefulSetEditPermission = createPermission({
  name: 'statefulset.edit',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** @public */
export const statefulSetPermissions = [
  statefulSetScalePermission,
  statefulSetRedeployPermission,
  statefulSetEditPermission,
];
