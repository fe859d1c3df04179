import type { ClusterStatefulSetStatus } from '@internal/backstage-plugin-statefulset-common';
import { makeFound, makePod } from '../__testUtils__/statusFixtures';
import { isClusterSettled, isStatusSettled } from './isSettled';

describe('isClusterSettled', () => {
  const cases: Array<[string, ClusterStatefulSetStatus, boolean]> = [
    ['healthy set', makeFound(), true],
    [
      'generation not observed',
      makeFound({ statefulSet: { generation: 5, observedGeneration: 4 } }),
      false,
    ],
    ['pod not ready', makeFound({ statefulSet: { readyReplicas: 2 } }), false],
    ['pod still missing', makeFound({ pods: [makePod(0), makePod(1)] }), false],
    [
      'pod terminating',
      makeFound({
        statefulSet: { desiredReplicas: 1 },
        pods: [makePod(0), makePod(1, { terminating: true })],
      }),
      false,
    ],
    [
      'rolling update unfinished',
      makeFound({ statefulSet: { updateRevision: 'web-rev2' } }),
      false,
    ],
    [
      'rolling update finished',
      makeFound({
        statefulSet: {
          currentRevision: 'web-rev1',
          updateRevision: 'web-rev2',
        },
        pods: [0, 1, 2].map(ordinal =>
          makePod(ordinal, { revision: 'web-rev2' }),
        ),
      }),
      true,
    ],
    [
      'partition holds lower ordinals',
      makeFound({
        statefulSet: {
          updateRevision: 'web-rev2',
          updateStrategy: { type: 'RollingUpdate', partition: 2 },
        },
        pods: [makePod(0), makePod(1), makePod(2, { revision: 'web-rev2' })],
      }),
      true,
    ],
    [
      'OnDelete with old pods',
      makeFound({
        statefulSet: {
          updateRevision: 'web-rev2',
          updateStrategy: { type: 'OnDelete' },
        },
      }),
      true,
    ],
    [
      'zero replicas without pods',
      makeFound({ statefulSet: { desiredReplicas: 0 } }),
      true,
    ],
    [
      'set not found',
      {
        state: 'notFound',
        cluster: 'local',
        namespace: 'shop',
        name: 'web',
        message: 'not found',
      },
      true,
    ],
  ];

  it.each(cases)('%s', (_name, status, settled) => {
    expect(isClusterSettled(status)).toBe(settled);
  });
});

describe('isStatusSettled', () => {
  it('requires every cluster settled', () => {
    const response = {
      entityRef: 'component:default/web',
      clusters: [
        makeFound(),
        makeFound({
          cluster: 'other',
          statefulSet: { generation: 2, observedGeneration: 1 },
        }),
      ],
    };

    expect(isStatusSettled(response)).toBe(false);
  });
});
