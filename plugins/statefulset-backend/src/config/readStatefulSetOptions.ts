import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';

/** Options of the `statefulset` config block that the backend plugin reads. */
export interface StatefulSetOptions {
  maxReplicas: number;
  requestTimeoutMs: number;
  kubeconfig?: {
    path: string;
    contexts?: string[];
  };
}

export const DEFAULT_MAX_REPLICAS = 50;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/**
 * Reads the `statefulset` config block. Wrong types are reported by the
 * config reader with the key; out-of-range numbers are reported here.
 */
export function readStatefulSetOptions(config: Config): StatefulSetOptions {
  const block = config.getOptionalConfig('statefulset');

  const maxReplicas =
    block?.getOptionalNumber('maxReplicas') ?? DEFAULT_MAX_REPLICAS;
  if (!Number.isInteger(maxReplicas) || maxReplicas < 1) {
    throw new Error(
      `Invalid config statefulset.maxReplicas: ${maxReplicas}; use a whole number of at least 1, e.g. ${DEFAULT_MAX_REPLICAS}`,
    );
  }

  let requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS;
  if (block?.has('requestTimeout')) {
    requestTimeoutMs = durationToMilliseconds(
      readDurationFromConfig(block, { key: 'requestTimeout' }),
    );
    if (!(requestTimeoutMs > 0)) {
      throw new Error(
        `Invalid config statefulset.requestTimeout: ${requestTimeoutMs} ms; use a positive duration, e.g. { seconds: 10 }`,
      );
    }
  }

  const kubeconfigPath = block?.getOptionalString('kubeconfig');
  const contexts = block?.getOptionalStringArray('kubeconfigContexts');
  if (contexts && !kubeconfigPath) {
    throw new Error(
      'Invalid config statefulset.kubeconfigContexts: it selects contexts of statefulset.kubeconfig, which is not set; set statefulset.kubeconfig to a kubeconfig file path or remove kubeconfigContexts',
    );
  }

  return {
    maxReplicas,
    requestTimeoutMs,
    kubeconfig: kubeconfigPath ? { path: kubeconfigPath, contexts } : undefined,
  };
}
