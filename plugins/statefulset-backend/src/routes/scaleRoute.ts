import { statefulSetScalePermission } from '@internal/backstage-plugin-statefulset-common';
import Router from 'express-promise-router';
import { scaleStatefulSet } from '../actions/scaleStatefulSet';
import { Workload } from '../entity/resolveWorkload';
import { requireEntityPermission } from '../permissions/entityPermissions';
import { auditError } from './auditError';
import { describeActor } from './describeActor';
import { loadWorkload } from './loadWorkload';
import { parseRequest, scaleBodySchema } from './requestSchemas';
import { RouterOptions, SCALE_EXAMPLE } from './RouterOptions';
import { clientFor, failureMeta, workloadLogger } from './workloadContext';

/**
 * Adds POST /scale. Each valid request emits one `statefulset-scale` audit
 * event, and the permission check comes before any cluster request.
 */
export function addScaleRoute(
  router: ReturnType<typeof Router>,
  deps: RouterOptions,
): void {
  const { httpAuth, permissions, auditor, catalog, logger, registry } = deps;

  router.post('/scale', async (req, res) => {
    const body = parseRequest(
      scaleBodySchema(deps.options.maxReplicas),
      req.body,
      SCALE_EXAMPLE,
    );
    const credentials = await httpAuth.credentials(req);
    const auditorEvent = await auditor.createEvent({
      eventId: 'statefulset-scale',
      severityLevel: 'medium',
      request: req,
      meta: {
        actor: describeActor(credentials),
        entityRef: body.entityRef,
        cluster: body.cluster,
        expectedReplicas: body.expectedReplicas,
        requestedReplicas: body.replicas,
      },
    });

    let workload: Workload | undefined;
    try {
      await requireEntityPermission({
        permissions,
        credentials,
        entityRef: body.entityRef,
        permission: statefulSetScalePermission,
      });

      workload = await loadWorkload({
        catalog,
        registry,
        entityRef: body.entityRef,
        credentials,
      });
      const client = clientFor(registry, workload, body.cluster);
      const log = workloadLogger(logger, workload, body.cluster);

      const result = await scaleStatefulSet({
        client,
        namespace: workload.namespace,
        name: workload.name,
        replicas: body.replicas,
        expectedReplicas: body.expectedReplicas,
      }).catch(error => {
        log.warn(`Scale to ${body.replicas} replicas failed: ${error.message}`);
        throw error;
      });

      deps.statusCache?.invalidate({
        cluster: body.cluster,
        namespace: workload.namespace,
        name: workload.name,
      });
      log.info(
        `Scaled from ${result.previousReplicas} to ${
          result.replicas
        } replicas for ${describeActor(credentials)}`,
      );
      await auditorEvent.success({
        meta: {
          namespace: workload.namespace,
          name: workload.name,
          previousReplicas: result.previousReplicas,
          replicas: result.replicas,
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
