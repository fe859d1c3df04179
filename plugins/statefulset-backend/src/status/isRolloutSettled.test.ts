import {
  ClusterStatefulSetStatus,
  PodSummary,
  StatefulSetSummary,
} from '@internal/backstage-plugin-statefulset-common';
import { isRolloutSettled } from './isRolloutSettled';

function pod(ordinal: number, overrides: Partial<PodSummary> = {}): PodSummary {
  return {
    ordinal,
    name: `web-${ordinal}`,
    ready: true,
    terminating: false,
    revision: 'web-2',
    ...overrides,
  } as PodSummary;
}

function found(
  set: Partial<StatefulSetSummary>,
  pods: PodSummary[],
): ClusterStatefulSetStatus {
  return {
    state: 'found',
    cluster: 'production',
    statefulSet: {
      desiredReplicas: 2,
      readyReplicas: 2,
      generation: 3,
      observedGeneration: 3,
      updateRevision: 'web-2',
      updateStrategy: { type: 'RollingUpdate' },
      ...set,
    } as StatefulSetSummary,
    pods,
    claims: [],
    events: [],
  } as unknown as ClusterStatefulSetStatus;
}

describe('isRolloutSettled', () => {
  it.each<[string, ClusterStatefulSetStatus, boolean]>([
    ['all pods ready and updated', found({}, [pod(0), pod(1)]), true],
    [
      'pod missing after scale-out',
      found({ desiredReplicas: 3 }, [pod(0), pod(1)]),
      false,
    ],
    [
      'pod not ready',
      found({ readyReplicas: 1 }, [pod(0), pod(1, { ready: false })]),
      false,
    ],
    [
      'pod terminating',
      found({}, [pod(0), pod(1, { terminating: true })]),
      false,
    ],
    [
      'generation not observed',
      found({ observedGeneration: 2 }, [pod(0), pod(1)]),
      false,
    ],
    [
      'pod on old revision',
      found({}, [pod(0), pod(1, { revision: 'web-1' })]),
      false,
    ],
    [
      'old revision below partition',
      found({ updateStrategy: { type: 'RollingUpdate', partition: 1 } }, [
        pod(0, { revision: 'web-1' }),
        pod(1),
      ]),
      true,
    ],
    [
      'old revision with OnDelete',
      found({ updateStrategy: { type: 'OnDelete' } }, [
        pod(0, { revision: 'web-1' }),
        pod(1),
      ]),
      true,
    ],
    [
      'set not found',
      {
        state: 'notFound',
        cluster: 'production',
        namespace: 'default',
        name: 'web',
        message: 'not found',
      },
      false,
    ],
    [
      'read failed',
      {
        state: 'failed',
        cluster: 'production',
        error: { reason: 'unreachable', message: 'refused' },
      },
      false,
    ],
  ])('%s', (_case, status, expected) => {
    expect(isRolloutSettled(status)).toBe(expected);
  });
});
