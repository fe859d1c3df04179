import { Config } from '@backstage/config';
import { LoggerService } from '@backstage/backend-plugin-api';
import { ClusterDefinition } from './ClusterDefinition';
import { readConfigClusters } from './readConfigClusters';
import { readKubeconfigClusters } from './readKubeconfigClusters';
import { StatefulSetOptions } from './readStatefulSetOptions';

/**
 * Reads every cluster the plugin may use: those of the `kubernetes` config
 * block, then the contexts of `statefulset.kubeconfig` when it is set.
 * Cluster names must be unique across both.
 */
export function readClusters(
  config: Config,
  options: StatefulSetOptions,
  logger: LoggerService,
): ClusterDefinition[] {
  const clusters = readConfigClusters(config, logger);
  if (options.kubeconfig) {
    clusters.push(...readKubeconfigClusters(options.kubeconfig));
  }

  const seen = new Map<string, string>();
  for (const cluster of clusters) {
    const earlier = seen.get(cluster.name);
    if (earlier) {
      throw new Error(
        `Cluster name '${cluster.name}' is defined twice, at ${earlier} and at ${cluster.source}; give each cluster a unique name`,
      );
    }
    seen.set(cluster.name, cluster.source);
  }

  return clusters;
}
