import { LoggerService } from '@backstage/backend-plugin-api';
import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { DetailedConflictError } from '../actions/DetailedConflictError';
import { Workload } from '../entity/resolveWorkload';
import { ClusterClient } from '../kubernetes/ClusterClient';
import { ClusterRegistry } from '../kubernetes/ClusterRegistry';

/** Checks that the entity runs on the requested cluster and returns its client. */
export function clientFor(
  registry: ClusterRegistry,
  workload: Workload,
  cluster: string,
): ClusterClient {
  if (!workload.clusters.includes(cluster)) {
    throw new InputError(
      `Invalid request: cluster: got "${cluster}", but ${
        workload.entityRef
      } runs on ${workload.clusters.join(', ')}; use one of these`,
    );
  }

  const lookup = registry.lookup(cluster);
  if (!lookup.found) {
    throw lookup.configured
      ? new ServiceUnavailableError(lookup.message)
      : new NotFoundError(lookup.message);
  }
  return lookup.client;
}

/** Returns a logger whose lines carry the entity ref, cluster, namespace and name. */
export function workloadLogger(
  logger: LoggerService,
  workload: Workload,
  cluster: string,
): LoggerService {
  return logger.child({
    entityRef: workload.entityRef,
    cluster,
    namespace: workload.namespace,
    name: workload.name,
  });
}

/** Audit metadata of a failed action: the workload when it was resolved, and conflict numbers. */
export function failureMeta(
  workload: Workload | undefined,
  error: unknown,
): JsonObject {
  return {
    ...(workload ? { namespace: workload.namespace, name: workload.name } : {}),
    ...(error instanceof DetailedConflictError ? error.details : {}),
  };
}
