import type { PodSummary } from '@internal/backstage-plugin-statefulset-common';

/** Kind of status icon the card shows for a pod. */
export type PodStatusKind = 'ok' | 'pending' | 'error';

/** Container reasons that mean the pod will not become ready by itself. */
const FAILING_REASONS = new Set([
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
  'OOMKilled',
  'Error',
]);

/**
 * Classifies a pod for its status icon: `ok` when running and ready, `error`
 * when failed or stuck on a reason that needs a fix (e.g. `ImagePullBackOff`),
 * `pending` otherwise (starting, terminating, not yet ready).
 */
export function getPodStatusKind(pod: PodSummary): PodStatusKind {
  if (pod.phase === 'Failed') {
    return 'error';
  }

  if (pod.reason && FAILING_REASONS.has(pod.reason)) {
    return 'error';
  }

  if (pod.terminating) {
    return 'pending';
  }

  return pod.phase === 'Running' && pod.ready ? 'ok' : 'pending';
}
