import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Ports and state folder of the benchmark's own control plane. They differ
 * from the defaults of tools/cluster, so a cluster that a developer or a
 * test run started is left alone. Each can be changed in the environment.
 */
export function benchClusterEnvironment(): NodeJS.ProcessEnv {
  const stateHome =
    process.env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state');
  const env = process.env;
  return {
    ...env,
    STATEFULSET_CLUSTER_STATE:
      env.BENCH_CLUSTER_STATE ??
      join(stateHome, 'statefulset-portal', 'bench-cluster'),
    STATEFULSET_CLUSTER_APISERVER_PORT: env.BENCH_APISERVER_PORT ?? '17443',
    STATEFULSET_CLUSTER_ETCD_PORT: env.BENCH_ETCD_PORT ?? '13379',
    STATEFULSET_CLUSTER_ETCD_PEER_PORT: env.BENCH_ETCD_PEER_PORT ?? '13380',
    STATEFULSET_CLUSTER_CONTROLLER_MANAGER_PORT:
      env.BENCH_CONTROLLER_MANAGER_PORT ?? '17257',
    STATEFULSET_CLUSTER_SCHEDULER_PORT: env.BENCH_SCHEDULER_PORT ?? '17259',
    STATEFULSET_CLUSTER_KWOK_PORT: env.BENCH_KWOK_PORT ?? '17080',
  };
}

/** A control plane that the benchmark started and must stop. */
export interface StartedCluster {
  stateDir: string;
  apiServerUrl: string;
  stop(): Promise<void>;
}

/** Starts a fresh control plane with tools/cluster/start. */
export async function startCluster(
  repositoryRoot: string,
): Promise<StartedCluster> {
  const env = benchClusterEnvironment();
  const scripts = join(repositoryRoot, 'tools', 'cluster');

  const { stdout } = await execFileAsync(join(scripts, 'start'), [], {
    env,
    maxBuffer: 4 * 1024 * 1024,
  });

  return {
    stateDir: stdout.trim(),
    apiServerUrl: `https://127.0.0.1:${env.STATEFULSET_CLUSTER_APISERVER_PORT}`,
    stop: async () => {
      await execFileAsync(join(scripts, 'stop'), [], { env });
    },
  };
}
