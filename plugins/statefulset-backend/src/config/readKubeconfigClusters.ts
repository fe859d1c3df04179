import { KubeConfig } from '@kubernetes/client-node';
import { ClusterDefinition } from './ClusterDefinition';

/**
 * Reads the clusters of the kubeconfig file named by `statefulset.kubeconfig`:
 * one per context, named after the context.
 */
export function readKubeconfigClusters(options: {
  path: string;
  contexts?: string[];
}): ClusterDefinition[] {
  const file = new KubeConfig();
  try {
    file.loadFromFile(options.path);
  } catch (error) {
    throw new Error(
      `Invalid config statefulset.kubeconfig: cannot read kubeconfig file '${
        options.path
      }' (${
        (error as Error).message
      }); set it to the path of a readable kubeconfig file`,
    );
  }

  const available = file.getContexts().map(context => context.name);
  const selected = options.contexts ?? available;
  const missing = selected.filter(name => !available.includes(name));
  if (missing.length > 0) {
    throw new Error(
      `Invalid config statefulset.kubeconfigContexts: ${missing.join(
        ', ',
      )} not found in '${options.path}'; available contexts are ${
        available.join(', ') || 'none'
      }`,
    );
  }

  return selected.map(contextName => {
    // Each cluster gets its own copy, because the current context decides
    // which server the API clients talk to.
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromFile(options.path);
    kubeConfig.setCurrentContext(contextName);
    // @kubernetes/client-node 1.x rejects http servers unless skipTLSVerify
    // is set, although kubectl accepts them.
    kubeConfig.clusters = kubeConfig.clusters.map(cluster =>
      cluster.server.startsWith('http:')
        ? { ...cluster, skipTLSVerify: true }
        : cluster,
    );
    return {
      name: contextName,
      source: `statefulset.kubeconfig (${options.path})`,
      kubeConfig,
    };
  });
}
