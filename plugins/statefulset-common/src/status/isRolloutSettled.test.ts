import { isRolloutSettled } from './isRolloutSettled';
import type {
  ClusterStatefulSetFound,
  PodSummary,
  StatefulSetSummary,
} from './types';

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
): ClusterStatefulSetFound {
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
  };
}

describe('isRolloutSettled', () => {
  it.each<[string, ClusterStatefulSetFound, boolean]>([
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
      'ready count behind',
      found({ readyReplicas: 1 }, [pod(0), pod(1)]),
      false,
    ],
    [
      'pod listed not ready',
      found({}, [pod(0), pod(1, { ready: false })]),
      false,
    ],
    [
      'pod terminating',
      found({}, [pod(0), pod(1, { terminating: true })]),
      false,
    ],
    [
      'terminating pod beyond desired',
      found({ desiredReplicas: 1, readyReplicas: 1 }, [
        pod(0),
        pod(1, { terminating: true }),
      ]),
      false,
    ],
    [
      'generation not observed',
      found({ observedGeneration: 2 }, [pod(0), pod(1)]),
      false,
    ],
    [
      'generation unknown',
      found({ generation: undefined, observedGeneration: undefined }, [
        pod(0),
        pod(1),
      ]),
      true,
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
      'update revision unknown',
      found({ updateRevision: undefined }, [
        pod(0, { revision: 'web-1' }),
        pod(1),
      ]),
      true,
    ],
    [
      'zero replicas without pods',
      found({ desiredReplicas: 0, readyReplicas: 0 }, []),
      true,
    ],
  ])('%s', (_case, status, expected) => {
    expect(isRolloutSettled(status)).toBe(expected);
  });
});
