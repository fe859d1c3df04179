import {
  V1ContainerStatus,
  V1Pod,
  V1StatefulSet,
} from '@kubernetes/client-node';
import { PodSummary } from '@internal/backstage-plugin-statefulset-common';
import { parseOrdinal, toTimestamp } from './ordinals';

/**
 * Summarizes the pods of a set, sorted by ordinal. Pods that the selector
 * matched but that another controller owns, or whose name is not
 * `<set>-<ordinal>`, are left out.
 */
export function summarizePods(set: V1StatefulSet, pods: V1Pod[]): PodSummary[] {
  const setName = set.metadata?.name ?? '';
  const setUid = set.metadata?.uid;
  const summaries: PodSummary[] = [];

  for (const pod of pods) {
    const name = pod.metadata?.name ?? '';
    const ordinal = parseOrdinal(name, setName);
    if (ordinal === undefined) {
      continue;
    }

    const controller = pod.metadata?.ownerReferences?.find(
      owner => owner.controller,
    );
    if (controller && setUid && controller.uid !== setUid) {
      continue;
    }

    summaries.push(summarizePod(pod, ordinal));
  }

  return summaries.sort((a, b) => a.ordinal - b.ordinal);
}

function summarizePod(pod: V1Pod, ordinal: number): PodSummary {
  const status = pod.status;
  const problem = describePodProblem(pod);

  return {
    name: pod.metadata?.name ?? '',
    ordinal,
    phase: status?.phase ?? 'Unknown',
    ready: isPodReady(pod),
    restarts: (status?.containerStatuses ?? []).reduce(
      (total, container) => total + container.restartCount,
      0,
    ),
    reason: problem?.reason,
    message: problem?.message,
    nodeName: pod.spec?.nodeName,
    createdAt: toTimestamp(pod.metadata?.creationTimestamp),
    revision: pod.metadata?.labels?.['controller-revision-hash'],
    terminating: Boolean(pod.metadata?.deletionTimestamp),
  };
}

/** True when the pod's `Ready` condition is `True`. */
export function isPodReady(pod: V1Pod): boolean {
  return (
    pod.status?.conditions?.some(
      condition => condition.type === 'Ready' && condition.status === 'True',
    ) ?? false
  );
}

/**
 * Finds why a pod is not running or not ready. The first init container, then
 * container, with a waiting or terminated reason gives it. Without one, a
 * failed scheduling or readiness condition gives it.
 */
export function describePodProblem(
  pod: V1Pod,
): { reason: string; message?: string; container?: string } | undefined {
  const status = pod.status;

  const initProblem = findContainerProblem(
    status?.initContainerStatuses ?? [],
    {
      includeCompleted: false,
    },
  );
  if (initProblem) {
    return initProblem;
  }

  const containerProblem = findContainerProblem(
    status?.containerStatuses ?? [],
    {
      includeCompleted: true,
    },
  );
  if (containerProblem) {
    return containerProblem;
  }

  const unscheduled = status?.conditions?.find(
    condition =>
      condition.type === 'PodScheduled' && condition.status === 'False',
  );
  if (unscheduled) {
    return {
      reason: unscheduled.reason ?? 'Unschedulable',
      message: unscheduled.message,
    };
  }

  if (status?.phase === 'Running' && !isPodReady(pod)) {
    const notReady = status.conditions?.find(
      condition =>
        condition.type === 'ContainersReady' && condition.status === 'False',
    );
    return {
      reason: notReady?.reason ?? 'NotReady',
      message: notReady?.message ?? 'Containers are running but not ready',
    };
  }

  return undefined;
}

function findContainerProblem(
  containers: V1ContainerStatus[],
  options: { includeCompleted: boolean },
): { reason: string; message?: string; container: string } | undefined {
  for (const container of containers) {
    const waiting = container.state?.waiting;
    if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      return {
        reason: waiting.reason,
        message: waiting.message,
        container: container.name,
      };
    }

    const terminated = container.state?.terminated;
    const completed = terminated?.exitCode === 0;
    if (terminated?.reason && (!completed || options.includeCompleted)) {
      return {
        reason: terminated.reason,
        message: terminated.message,
        container: container.name,
      };
    }
  }
  return undefined;
}
