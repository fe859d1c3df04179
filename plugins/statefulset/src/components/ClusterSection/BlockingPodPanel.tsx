import { WarningPanel } from '@backstage/core-components';
import type {
  BlockingPodSummary,
  StatefulSetSummary,
} from '@internal/backstage-plugin-statefulset-common';

/**
 * Says which ordinal holds up an `OrderedReady` rollout or scale-up and why,
 * because the controller creates or updates no higher ordinal until it is
 * ready.
 */
export function BlockingPodPanel(props: {
  blockingPod: BlockingPodSummary;
  statefulSet: StatefulSetSummary;
}) {
  const { blockingPod, statefulSet } = props;

  return (
    <WarningPanel
      severity="warning"
      defaultExpanded
      title={`Pod ${blockingPod.podName} (ordinal ${blockingPod.ordinal}) blocks the rollout`}
      message={`${blockingPod.reason}. With pod management ${statefulSet.podManagementPolicy} the controller waits for this pod to be ready before it changes any other ordinal.`}
    />
  );
}
