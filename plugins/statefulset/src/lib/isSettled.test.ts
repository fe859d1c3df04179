import type { ClusterStatefulSetStatus } from '@internal/backstage-plugin-statefulset-common';
import { makeFound } from '../__testUtils__/statusFixtures';
import { isClusterSettled, isStatusSettled } from './isSettled';

describe('isClusterSettled', () => {
  const cases: Array<[string, ClusterStatefulSetStatus, boolean]> = [
    ['healthy set', makeFound(), true],
    [
      'rolling update unfinished',
      makeFound({ statefulSet: { updateRevision: 'web-rev2' } }),
      false,
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
    [
      'read failed',
      {
        state: 'failed',
        cluster: 'local',
        error: { reason: 'unreachable', message: 'connection refused' },
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
