import {
  ClusterStatefulSetStatus,
  StatefulSetStatusResponse,
} from '@internal/backstage-plugin-statefulset-common';
import Router from 'express-promise-router';
import { readClusterStatus } from '../status/readClusterStatus';
import { loadWorkload } from './loadWorkload';
import { entityQuerySchema, parseRequest } from './requestSchemas';
import { ENTITY_QUERY_EXAMPLE, RouterOptions } from './RouterOptions';
import { workloadLogger } from './workloadContext';

/**
 * Adds GET /status: the entity's StatefulSet on each of its clusters. With
 * a status cache, concurrent and repeated calls for one set share its reads.
 */
export function addStatusRoute(
  router: ReturnType<typeof Router>,
  deps: RouterOptions,
): void {
  const { httpAuth, catalog, logger, registry, statusCache } = deps;

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
          const log = workloadLogger(logger, workload, cluster);
          const lookup = registry.lookup(cluster);
          if (!lookup.found) {
            log.warn(lookup.message);
            return {
              state: 'failed',
              cluster,
              error: {
                reason: lookup.configured ? 'unknown' : 'notFound',
                message: lookup.message,
              },
            };
          }
          const read = () =>
            readClusterStatus({
              client: lookup.client,
              namespace: workload.namespace,
              name: workload.name,
              logger: log,
              cache: statusCache,
            });
          return statusCache
            ? statusCache.readStatus(
                { cluster, namespace: workload.namespace, name: workload.name },
                read,
              )
            : read();
        },
      ),
    );

    const response: StatefulSetStatusResponse = {
      entityRef: workload.entityRef,
      clusters,
    };
    res.json(response);
  });
}
