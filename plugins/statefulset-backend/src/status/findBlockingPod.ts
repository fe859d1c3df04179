import { V1Pod, V1StatefulSet } from '@kubernetes/client-node';
import { BlockingPodSummary } from '@internal/backstage-plugin-statefulset-common';
import { describePodProblem, isPodReady } from './summarizePods';
import { desiredOrdinalRange, parseOrdinal } from './ordinals';

/**
 * Finds the pod that holds up an `OrderedReady` set. Such a set creates and
 * updates one ordinal at a time and waits for each pod to be ready, so the
 * lowest desired ordinal that is missing or not ready blocks the rest.
 * Returns undefined for `Parallel` sets and when every desired pod is ready.
 */
export function findBlockingPod(
  set: V1StatefulSet,
  pods: V1Pod[],
): BlockingPodSummary | undefined {
  if (set.spec?.podManagementPolicy === 'Parallel') {
    return undefined;
  }

  const setName = set.metadata?.name ?? '';
  const podsByOrdinal = new Map<number, V1Pod>();
  for (const pod of pods) {
    const ordinal = parseOrdinal(pod.metadata?.name ?? '', setName);
    if (ordinal !== undefined) {
      podsByOrdinal.set(ordinal, pod);
    }
  }

  const range = desiredOrdinalRange(set);
  for (let ordinal = range.start; ordinal < range.end; ordinal++) {
    const podName = `${setName}-${ordinal}`;
    const pod = podsByOrdinal.get(ordinal);

    if (!pod) {
      return {
        ordinal,
        podName,
        reason: `Pod ${podName} does not exist yet; the set's events tell why it was not created`,
      };
    }

    if (!isPodReady(pod)) {
      const problem = describePodProblem(pod);
      const detail = problem
        ? [problem.reason, problem.message].filter(Boolean).join(': ')
        : `phase ${pod.status?.phase ?? 'Unknown'}`;
      const container = problem?.container
        ? ` (container ${problem.container})`
        : '';
      return {
        ordinal,
        podName,
        reason: `${detail}${container}`,
      };
    }
  }

  return undefined;
}
