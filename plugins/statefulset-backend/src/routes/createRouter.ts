import {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ClusterStatefulSetStatus,
  StatefulSetActionPermissionsResponse,
  StatefulSetStatusResponse,
  statefulSetRedeployPermission,
  statefulSetScalePermission,
} from '@internal/backstage-plugin-statefulset-common';
import { JsonObject } from '@backstage/types';
import express from 'express';
import Router from 'express-promise-router';
import { DetailedConflictError } from '../actions/DetailedConflictError';
import { redeployStatefulSet } from '../actions/redeployStatefulSet';
import { scaleStatefulSet } from '../actions/scaleStatefulSet';
import { StatefulSetOptions } from '../config/readStatefulSetOptions';
import { Workload } from '../entity/resolveWorkload';
import { ClusterClient } from '../kubernetes/ClusterClient';
import { ClusterRegistry } from '../kubernetes/ClusterRegistry';
import {
  authorizeEntityActions,
  describeDenial,
  requireEntityPermission,
} from '../permissions/entityPermissions';
import { readClusterStatus } from '../status/readClusterStatus';
import { auditError } from './auditError';
import { createErrorHandler } from './errorHandler';
import { loadWorkload } from './loadWorkload';
import { describeActor } from './describeActor';
import {
  entityQuerySchema,
  parseRequest,
  redeployBodySchema,
  scaleBodySchema,
} from './requestSchemas';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  logger: LoggerService;
  registry: ClusterRegistry;
  options: StatefulSetOptions;
}

const ENTITY_QUERY_EXAMPLE = { entityRef: 'component:default/nginx' };
const REDEPLOY_EXAMPLE = {
  entityRef: 'component:default/nginx',
  cluster: 'production',
};
const SCALE_EXAMPLE = { ...REDEPLOY_EXAMPLE, replicas: 3, expectedReplicas: 2 };

/**
 * Routes of the statefulset backend plugin: the status of an entity's
 * StatefulSet, the caller's allowed actions, scale and redeploy. Cluster,
 * namespace and name always come from the entity's annotations.
 */
export async function createRouter(
  deps: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, auditor, catalog, logger, registry, options } =
    deps;
  const router = Router();
  router.use(express.json());

  /** Checks that the entity runs on the requested cluster and returns its client. */
  function clientFor(workload: Workload, cluster: string): ClusterClient {
    if (!workload.clusters.includes(cluster)) {
      throw new InputError(
        `Invalid request: cluster: got "${cluster}", but ${
          workload.entityRef
        } runs on ${workload.clusters.join(', ')}; use one of these`,
      );
    }
    const lookup = registry.lookup(cluster);
    if (!lookup.found) {
      throw new NotFoundError(lookup.message);
    }
    return lookup.client;
  }

  function workloadLogger(workload: Workload, cluster: string): LoggerService {
    return logger.child({
      entityRef: workload.entityRef,
      cluster,
      namespace: workload.namespace,
      name: workload.name,
    });
  }

  router.get('/status', async (req, res) => {
    const { entityRef } = parseRequest(
      entityQuerySchema,
      req.query,
      ENTITY_QUERY_EXAMPLE,
    );
    const credentials = await httpAuth.credentials(req);

    const workload = await loadWorkload({
      catalog,
      registry,
      entityRef,
      credentials,
    });

    const clusters = await Promise.all(
      workload.clusters.map(
        async (cluster): Promise<ClusterStatefulSetStatus> => {
          const lookup = registry.lookup(cluster);
          if (!lookup.found) {
            workloadLogger(workload, cluster).warn(lookup.message);
            return {
              state: 'failed',
              cluster,
              error: { reason: 'notFound', message: lookup.message },
            };
          }
          return readClusterStatus({
            client: lookup.client,
            namespace: workload.namespace,
            name: workload.name,
            logger: workloadLogger(workload, cluster),
          });
        },
      ),
    );

    const response: StatefulSetStatusResponse = {
      entityRef: workload.entityRef,
      clusters,
    };
    res.json(response);
  });

  router.get('/permissions', async (req, res) => {
    const { entityRef } = parseRequest(
      entityQuerySchema,
      req.query,
      ENTITY_QUERY_EXAMPLE,
    );
    const credentials = await httpAuth.credentials(req);

    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(
        `Entity ${entityRef} not found in the catalog, or you may not read it; check the entity ref, e.g. component:default/nginx`,
      );
    }

    const actions = [statefulSetScalePermission, statefulSetRedeployPermission];
    const [scale, redeploy] = await authorizeEntityActions({
      permissions,
      credentials,
      entityRef,
      actions,
    });

    const response: StatefulSetActionPermissionsResponse = {
      entityRef,
      scale: scale
        ? { allowed: true }
        : {
            allowed: false,
            reason: describeDenial(statefulSetScalePermission, entityRef),
          },
      redeploy: redeploy
        ? { allowed: true }
        : {
            allowed: false,
            reason: describeDenial(statefulSetRedeployPermission, entityRef),
          },
    };
    res.json(response);
  });

  router.post('/scale', async (req, res) => {
    const body = parseRequest(
      scaleBodySchema(options.maxReplicas),
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
      const client = clientFor(workload, body.cluster);
      const log = workloadLogger(workload, body.cluster);

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
      const client = clientFor(workload, body.cluster);
      const log = workloadLogger(workload, body.cluster);

      const result = await redeployStatefulSet({
        client,
        namespace: workload.namespace,
        name: workload.name,
      }).catch(error => {
        log.warn(`Redeploy failed: ${error.message}`);
        throw error;
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

  router.use(createErrorHandler(logger));
  return router;
}

/** Audit metadata of a failed action: the workload when it was resolved, and conflict numbers. */
function failureMeta(
  workload: Workload | undefined,
  error: unknown,
): JsonObject {
  return {
    ...(workload ? { namespace: workload.namespace, name: workload.name } : {}),
    ...(error instanceof DetailedConflictError ? error.details : {}),
  };
}
