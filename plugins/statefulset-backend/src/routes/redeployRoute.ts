import { statefulSetRedeployPermission } from '@internal/backstage-plugin-statefulset-common';
import Router from 'express-promise-router';
import { redeployStatefulSet } from '../actions/redeployStatefulSet';
import { Workload } from '../entity/resolveWorkload';
import { requireEntityPermission } from '../permissions/entityPermissions';
import { auditError } from './auditError';
import { describeActor } from './describeActor';
import { loadWorkload } from './loadWorkload';
import { parseRequest, redeployBodySchema } from './requestSchemas';
import { REDEPLOY_EXAMPLE, RouterOptions } from './RouterOptions';
import { clientFor, failureMeta, workloadLogger } from './workloadContext';

/**
 * Adds POST /redeploy. Each valid request emits one `statefulset-redeploy`
 * audit event, and the permission check comes before any cluster request.
 */
export function addRedeployRoute(
  router: ReturnType<typeof Router>,
  deps: RouterOptions,
): void {
  const { httpAuth, permissions, auditor, catalog, logger, registry } = deps;

  router.post('/redeploy', async (req, res) => {
    const body = parseRequest(redeployBodySchema, req.body, REDEPLOY_EXAMPLE);
    const credentials = await httpAuth.credentials(req);
    const auditorEvent = await auditor.createEvent({
      eventId: 'statefulset-redeploy',
      severityLevel: 'medium',
      request: req,
      meta: {
        actor: describeActor(credentials),
        entityRef: body.entityRef,
        cluster: body.cluster,
      },
    });

    let workload: Workload | undefined;
    try {
      await requireEntityPermission({
        permissions,
        credentials,
        entityRef: body.entityRef,
        permission: statefulSetRedeployPermission,
      });

      workload = await loadWorkload({
        catalog,
        registry,
        entityRef: body.entityRef,
        credentials,
      });
      const client = clientFor(registry, workload, body.cluster);
      const log = workloadLogger(logger, workload, body.cluster);

      const result = await redeployStatefulSet({
        client,
        namespace: workload.namespace,
        name: workload.name,
      }).catch(error => {
        log.warn(`Redeploy failed: ${error.message}`);
        throw error;
      });

      deps.statusCache?.invalidate({
        cluster: body.cluster,
        namespace: workload.namespace,
        name: workload.name,
      });
      log.info(
        `Redeployed at ${result.restartedAt} for ${describeActor(credentials)}`,
      );
      await auditorEvent.success({
        meta: {
          namespace: workload.namespace,
          name: workload.name,
          restartedAt: result.restartedAt,
        },
      });
      res.json(result);
    } catch (error) {
      await auditorEvent.fail({
        error: auditError(error),
        meta: failureMeta(workload, error),
      });
      throw error;
    }
  });
}
