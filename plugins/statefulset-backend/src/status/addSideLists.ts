import {
  ClusterStatefulSetStatus,
  KubernetesErrorSummary,
} from '@internal/backstage-plugin-statefulset-common';
import { SideListResults } from '../cache/StatusCache';
import { findAutoscaler } from './findAutoscaler';
import { summarizeEvents } from './summarizeEvents';
import { toErrorSummary } from './toErrorSummary';

/**
 * Adds the set's events and autoscaler from `lists` to a found status. A
 * failed list goes into `partialErrors`, so that missing RBAC on events
 * does not hide the pods. A list with no result yet leaves its field empty
 * until a later read.
 */
export function addSideLists(
  status: ClusterStatefulSetStatus,
  lists: SideListResults,
): ClusterStatefulSetStatus {
  if (status.state !== 'found') {
    return status;
  }

  const partialErrors: KubernetesErrorSummary[] = [];
  for (const result of [lists.events, lists.autoscalers]) {
    if (result?.status === 'rejected') {
      partialErrors.push(toErrorSummary(result.reason));
    }
  }

  const autoscaler =
    lists.autoscalers?.status === 'fulfilled'
      ? findAutoscaler(lists.autoscalers.value, status.statefulSet.name)
      : undefined;

  return {
    ...status,
    events:
      lists.events?.status === 'fulfilled'
        ? summarizeEvents(lists.events.value)
        : [],
    autoscaler: autoscaler && {
      name: autoscaler.metadata?.name ?? '',
      minReplicas: autoscaler.spec?.minReplicas,
      maxReplicas: autoscaler.spec?.maxReplicas ?? 0,
    },
    partialErrors: partialErrors.length > 0 ? partialErrors : undefined,
  };
}
