import { ResourcePermission } from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import { Request } from 'express';
import { Workload } from '../entity/resolveWorkload';
import { ClusterClient } from '../kubernetes/ClusterClient';
import { requireEntityPermission } from '../permissions/entityPermissions';
import { auditError } from './auditError';
import { describeActor } from './describeActor';
import { loadWorkload } from './loadWorkload';
import { RouterOptions } from './RouterOptions';
import { clientFor, failureMeta, workloadLogger } from './workloadContext';

/** An authorized change to the StatefulSet of one entity in one cluster. */
export interface WorkloadAction<TResult> {
  /** Audit event id, e.g. `statefulset-scale`. */
  eventId: string;
  permission: ResourcePermission;
  entityRef: string;
  cluster: string;
  /** Audit metadata of the request, added to the actor, entity ref and cluster. */
  requestMeta?: JsonObject;
  /** Start of the warning logged when `run` fails, e.g. "Scale to 3 replicas". */
  failureSubject: string;
  run(target: {
    client: ClusterClient;
    namespace: string;
    name: string;
  }): Promise<TResult>;
  /** Log line of a successful run, without the actor, e.g. "Redeployed at ...". */
  describeResult(result: TResult): string;
  /** Audit metadata of a successful run, added to the namespace and name. */
  resultMeta(result: TResult): JsonObject;
}

/**
 * Runs an action on an entity's StatefulSet on the caller's behalf and
 * returns its result. It opens one audit event, checks the permission
 * before any cluster request, resolves the entity's workload and runs the
 * action in the requested cluster. On success it drops the cached status
 * and logs the result. Every failure marks the audit event failed and is
 * thrown again for the error handler.
 */
export async function runWorkloadAction<TResult>(
  deps: RouterOptions,
  request: Request,
  action: WorkloadAction<TResult>,
): Promise<TResult> {
  const { httpAuth, permissions, auditor, catalog, logger, registry } = deps;
  const { entityRef, cluster } = action;

  const credentials = await httpAuth.credentials(request);
  const auditorEvent = await auditor.createEvent({
    eventId: action.eventId,
    severityLevel: 'medium',
    request,
    meta: {
      actor: describeActor(credentials),
      entityRef,
      cluster,
      ...action.requestMeta,
    },
  });

  let workload: Workload | undefined;
  try {
    await requireEntityPermission({
      permissions,
      credentials,
      entityRef,
      permission: action.permission,
    });

    workload = await loadWorkload({
      catalog,
      registry,
      entityRef,
      credentials,
    });
    const { namespace, name } = workload;
    const client = clientFor(registry, workload, cluster);
    const log = workloadLogger(logger, workload, cluster);

    const result = await action
      .run({ client, namespace, name })
      .catch(error => {
        log.warn(`${action.failureSubject} failed: ${error.message}`);
        throw error;
      });

    deps.statusCache?.invalidate({ cluster, namespace, name });
    log.info(
      `${action.describeResult(result)} for ${describeActor(credentials)}`,
    );
    await auditorEvent.success({
      meta: { namespace, name, ...action.resultMeta(result) },
    });
    return result;
  } catch (error) {
    await auditorEvent.fail({
      error: auditError(error),
      meta: failureMeta(workload, error),
    });
    throw error;
  }
}
