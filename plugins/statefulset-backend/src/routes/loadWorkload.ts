import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { resolveWorkload, Workload } from '../entity/resolveWorkload';
import { ClusterRegistry } from '../kubernetes/ClusterRegistry';

/**
 * Reads the entity on the caller's behalf, so that the catalog checks read
 * access. Throws NotFoundError when it is missing or not readable.
 */
export async function loadEntity(options: {
  catalog: CatalogService;
  entityRef: string;
  credentials: BackstageCredentials;
}): Promise<Entity> {
  const { catalog, entityRef, credentials } = options;

  const entity = await catalog.getEntityByRef(entityRef, { credentials });
  if (!entity) {
    throw new NotFoundError(
      `Entity ${entityRef} not found in the catalog, or you may not read it; check the entity ref, e.g. component:default/nginx`,
    );
  }
  return entity;
}

/**
 * Reads the entity on the caller's behalf and resolves the StatefulSet its
 * annotations point at.
 */
export async function loadWorkload(options: {
  catalog: CatalogService;
  registry: ClusterRegistry;
  entityRef: string;
  credentials: BackstageCredentials;
}): Promise<Workload> {
  const entity = await loadEntity(options);
  return resolveEntityWorkload(entity, options.registry);
}

/**
 * Resolves the StatefulSet that a loaded entity's annotations point at.
 * Throws ServiceUnavailableError when no cluster is configured.
 */
export function resolveEntityWorkload(
  entity: Entity,
  registry: ClusterRegistry,
): Workload {
  if (registry.isEmpty()) {
    throw new ServiceUnavailableError(
      'No Kubernetes cluster is configured for the statefulset plugin; add clusters under kubernetes.clusterLocatorMethods in app-config.yaml, or set statefulset.kubeconfig to a kubeconfig file',
    );
  }

  return resolveWorkload(entity, registry.names());
}
