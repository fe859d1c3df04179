import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { resolveWorkload, Workload } from '../entity/resolveWorkload';
import { ClusterRegistry } from '../kubernetes/ClusterRegistry';

/**
 * Reads the entity on the caller's behalf, so that the catalog checks read
 * access, and resolves the StatefulSet its annotations point at.
 */
export async function loadWorkload(options: {
  catalog: CatalogService;
  registry: ClusterRegistry;
  entityRef: string;
  credentials: BackstageCredentials;
}): Promise<Workload> {
  const { catalog, registry, entityRef, credentials } = options;

  const entity = await catalog.getEntityByRef(entityRef, { credentials });
  if (!entity) {
    throw new NotFoundError(
      `Entity ${entityRef} not found in the catalog, or you may not read it; check the entity ref, e.g. component:default/nginx`,
    );
  }

  if (registry.isEmpty()) {
    throw new ServiceUnavailableError(
      'No Kubernetes cluster is configured for the statefulset plugin; add clusters under kubernetes.clusterLocatorMethods in app-config.yaml, or set statefulset.kubeconfig to a kubeconfig file',
    );
  }

  return resolveWorkload(entity, registry.names());
}
