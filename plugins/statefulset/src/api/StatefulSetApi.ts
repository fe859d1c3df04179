import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  ManifestComparisonResponse,
  RedeployRequest,
  RedeployResponse,
  RepositoryValuesResponse,
  ScaleRequest,
  ScaleResponse,
  StatefulSetActionPermissionsResponse,
  StatefulSetStatusResponse,
} from '@internal/backstage-plugin-statefulset-common';

/**
 * Client of the `statefulset` backend plugin, which reads and changes the
 * StatefulSet that a catalog entity's annotations point at.
 *
 * @public
 */
export interface StatefulSetApi {
  /** Fetches the set's status in every cluster that the entity points at. */
  getStatus(entityRef: string): Promise<StatefulSetStatusResponse>;

  /**
   * Fetches which card actions the signed-in user may take on the entity,
   * with the reason for each denied one.
   */
  getPermissions(
    entityRef: string,
  ): Promise<StatefulSetActionPermissionsResponse>;

  /**
   * Sets the replica count through the `scale` subresource. Rejects with a
   * `ResponseError` of status 409 when the set no longer has
   * `expectedReplicas` replicas.
   */
  scale(request: ScaleRequest): Promise<ScaleResponse>;

  /** Restarts the set's pods as `kubectl rollout restart` does. */
  redeploy(request: RedeployRequest): Promise<RedeployResponse>;

  /**
   * Reads `values.yaml` from the entity's repository: the parameter values
   * of the template that generated it. Rejects with a `ResponseError` of
   * status 404 when the repository has no such file.
   */
  getRepositoryValues(entityRef: string): Promise<RepositoryValuesResponse>;

  /**
   * Compares the live StatefulSet in one cluster with
   * `manifests/statefulset.yaml` in the entity's repository.
   */
  getManifestComparison(request: {
    entityRef: string;
    cluster: string;
  }): Promise<ManifestComparisonResponse>;
}

/** @public */
export const statefulSetApiRef = createApiRef<StatefulSetApi>().with({
  id: 'plugin.statefulset.service',
  pluginId: 'statefulset',
});
