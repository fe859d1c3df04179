/*
 * Admin access to the local control plane that tools/cluster/start runs.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Returns the path of the admin kubeconfig that tools/cluster/start writes. */
export function clusterKubeconfigPath(): string {
  if (process.env.STATEFULSET_CLUSTER_KUBECONFIG) {
    return process.env.STATEFULSET_CLUSTER_KUBECONFIG;
  }
  const stateRoot =
    process.env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state');
  const stateDir =
    process.env.STATEFULSET_CLUSTER_STATE ??
    join(stateRoot, 'statefulset-portal', 'cluster');
  return join(stateDir, 'admin.kubeconfig');
}

/**
 * Loads the admin kubeconfig of the local control plane, or returns a reason
 * to skip when it does not exist. Rejects a kubeconfig whose server is not on
 * loopback, so these tests never reach another cluster.
 */
export function loadClusterKubeConfig():
  | { kubeConfig: KubeConfig }
  | { skipReason: string } {
  const path = clusterKubeconfigPath();
  if (!existsSync(path)) {
    return {
      skipReason: `no local cluster: ${path} not found; run tools/cluster/start first`,
    };
  }

  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(path);
  const server = kubeConfig.getCurrentCluster()?.server ?? '';
  const host = new URL(server).hostname;
  if (!loopbackHosts.has(host)) {
    throw new Error(
      `kubeconfig ${path} points at ${server}; end-to-end tests only run against a cluster on 127.0.0.1, such as the one tools/cluster/start writes`,
    );
  }
  return { kubeConfig };
}
