import {
  ClusterStatefulSetStatus,
  StatefulSetStatusResponse,
} from '@internal/backstage-plugin-statefulset-common';
import Router from 'express-promise-router';
import { StatusCache } from '../cache/StatusCache';
import { addSideLists } from '../status/addSideLists';
import { readClusterStatus } from '../status/readClusterStatus';
import { sideListLoaders } from '../status/sideListLoaders';
import { loadWorkload } from './loadWorkload';
import { entityQuerySchema, parseRequest } from './requestSchemas';
import { ENTITY_QUERY_EXAMPLE, RouterOptions } from './RouterOptions';
import { workloadLogger } from './workloadContext';

/**
 * Adds GET /status: the entity's StatefulSet on each of its clusters.
 * Concurrent and repeated calls for one set share its reads through the
 * status cache, and no call makes more than three Kubernetes requests per
 * cluster.
 */
export function addStatusRoute(
  router: ReturnType<typeof Router>,
  deps: RouterOptions,
): void {
  const { httpAuth, catalog, logger, registry } = deps;
  const statusCache = deps.statusCache ?? new StatusCache();

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
          const key = {
            cluster,
            namespace: workload.namespace,
            name: workload.name,
          };
          const loaders = sideListLoaders({
            client: lookup.client,
            namespace: workload.namespace,
            name: workload.name,
            logger: log,
          });
          const status = await statusCache.readStatus(key, () =>
            readClusterStatus({
              client: lookup.client,
              namespace: workload.namespace,
              name: workload.name,
              logger: log,
              cache: statusCache,
              loaders,
            }),
          );
          return status.state === 'found'
            ? addSideLists(status, statusCache.peekSideLists(key, loaders))
            : status;
        },
      ),
    );

    const response: StatefulSetStatusResponse = {
      entityRef: workload.entityRef,
      clusters,
    };
    res.json(response);

    // Off the request path: after the response is written, reload the
    // event and autoscaler lists that it lacked or that are due.
    setImmediate(() => statusCache.refreshDueLists());
  });
}
