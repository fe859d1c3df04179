import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { statefulSetPermissions } from '@internal/backstage-plugin-statefulset-common';
import { readClusters } from './config/readClusters';
import { readStatefulSetOptions } from './config/readStatefulSetOptions';
import { warnMisspelledKeys } from './config/warnMisspelledKeys';
import { ClusterRegistry } from './kubernetes/ClusterRegistry';
import { createRegistryRouter } from './registry/createRegistryRouter';
import { createRouter } from './routes/createRouter';

/**
 * Backend plugin `statefulset`: status, scale and redeploy of the
 * StatefulSet that a catalog entity's annotations point at.
 *
 * @public
 */
export const statefulsetPlugin = createBackendPlugin({
  pluginId: 'statefulset',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { config, logger, httpRouter, permissionsRegistry } = deps;

        permissionsRegistry.addPermissions(statefulSetPermissions);

        warnMisspelledKeys(config, logger);
        const options = readStatefulSetOptions(config);
        const clusters = readClusters(config, options, logger);
        if (clusters.length === 0) {
          logger.info(
            'No Kubernetes cluster configured; the status, scale and redeploy routes respond with 503 until clusters are added under kubernetes.clusterLocatorMethods or statefulset.kubeconfig',
          );
        } else {
          logger.info(
            `Using clusters ${clusters
              .map(cluster => cluster.name)
              .join(', ')}`,
          );
        }
        for (const cluster of clusters) {
          if (cluster.unusableReason) {
            logger.warn(cluster.unusableReason);
          }
        }

        const registry = new ClusterRegistry(clusters, {
          timeoutMs: options.requestTimeoutMs,
        });
        httpRouter.use(await createRouter({ ...deps, registry, options }));
        httpRouter.use(
          createRegistryRouter({ config, httpAuth: deps.httpAuth, logger }),
        );
      },
    });
  },
});
