import { KubeConfig } from '@kubernetes/client-node';

/**
 * A cluster that the plugin may talk to, with the client configuration built
 * from the `kubernetes` config block or from a kubeconfig file.
 */
export interface ClusterDefinition {
  /** Cluster name, as entities name it in `backstage.io/kubernetes-cluster`. */
  name: string;
  /** Origin of the definition, for logs and messages, e.g. `kubernetes.clusterLocatorMethods[0]`. */
  source: string;
  /** Client configuration whose current context is this cluster; absent when the cluster is unusable. */
  kubeConfig?: KubeConfig;
  /** Why the plugin cannot use the cluster, when `kubeConfig` is absent. */
  unusableReason?: string;
}
