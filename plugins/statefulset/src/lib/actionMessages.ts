import { ResponseError } from '@backstage/errors';
import type {
  KubernetesErrorSummary,
  StatefulSetSummary,
} from '@internal/backstage-plugin-statefulset-common';
import { describeKubernetesError } from './describeKubernetesError';

/** Names the set the way every card message does: `StatefulSet shop/db in cluster prod`. */
export function describeSet(
  statefulSet: StatefulSetSummary,
  cluster: string,
): string {
  return `StatefulSet ${statefulSet.namespace}/${statefulSet.name} in cluster ${cluster}`;
}

/** Replica counts of a scale that the backend rejected because the set changed. */
export interface ScaleConflict {
  expectedReplicas: number;
  currentReplicas: number;
}

/** Fields the backend adds to `error` in its error response body. */
interface ErrorExtras {
  details?: Record<string, unknown>;
  kubernetesError?: KubernetesErrorSummary;
}

function readExtras(error: unknown): ErrorExtras {
  if (!ResponseError.is(error)) {
    return {};
  }
  return (error.body?.error ?? {}) as ErrorExtras;
}

/**
 * Reads the two replica counts from a 409 of the scale route: the count the
 * user saw and the count the set has now (`error.details`). Returns
 * undefined for other errors, including the 409 for an autoscaled set.
 */
export function readScaleConflict(error: unknown): ScaleConflict | undefined {
  if (!ResponseError.is(error) || error.statusCode !== 409) {
    return undefined;
  }

  const details = readExtras(error).details ?? {};
  const { expectedReplicas, currentReplicas } = details;
  if (
    typeof expectedReplicas !== 'number' ||
    typeof currentReplicas !== 'number'
  ) {
    return undefined;
  }

  return { expectedReplicas, currentReplicas };
}

/** Message of any failure: the backend's own message when it sent one. */
export function getErrorMessage(error: unknown): string {
  if (ResponseError.is(error)) {
    return (
      error.body?.error?.message || `${error.statusCode} ${error.statusText}`
    );
  }

  return error instanceof Error ? error.message : String(error);
}

/**
 * Message of a failed action in a cluster. A Kubernetes failure that the
 * backend passed on (e.g. missing RBAC on `statefulsets/scale`) is described
 * with its verb, resource and namespace.
 */
export function describeActionError(error: unknown, cluster: string): string {
  const { kubernetesError } = readExtras(error);
  if (kubernetesError) {
    return describeKubernetesError(cluster, kubernetesError).message;
  }

  return getErrorMessage(error);
}
