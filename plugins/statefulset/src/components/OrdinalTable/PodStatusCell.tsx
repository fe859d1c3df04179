import {
  StatusError,
  StatusOK,
  StatusPending,
} from '@backstage/core-components';
import type { PodSummary } from '@internal/backstage-plugin-statefulset-common';
import { getPodStatusKind } from '../../lib/podStatus';

/** Phase of one pod with its status icon; `Terminating` while being deleted. */
export function PodStatusCell(props: { pod: PodSummary }) {
  const { pod } = props;
  const label = pod.terminating ? 'Terminating' : pod.phase;

  switch (getPodStatusKind(pod)) {
    case 'ok':
      return <StatusOK>{label}</StatusOK>;
    case 'error':
      return <StatusError>{label}</StatusError>;
    default:
      return <StatusPending>{label}</StatusPending>;
  }
}
