import type { ManifestComparisonResponse } from '@internal/backstage-plugin-statefulset-common';
import { mapDifferenceLines } from './differenceLines';

function makeComparison(
  overrides: Partial<ManifestComparisonResponse>,
): ManifestComparisonResponse {
  return {
    entityRef: 'component:default/web',
    cluster: 'local',
    namespace: 'shop',
    name: 'web',
    live: 'spec:\n  replicas: 5\n  serviceName: web-headless\n',
    git: 'spec:\n  serviceName: web-headless\n  replicas: 3\n',
    differences: [{ path: 'spec.replicas', git: '3', live: '5' }],
    drift: true,
    ...overrides,
  };
}

describe('mapDifferenceLines', () => {
  it('marks path on each side', () => {
    const lines = mapDifferenceLines(makeComparison({}));

    expect([...lines.live.entries()]).toEqual([[2, ['spec.replicas']]]);
    expect([...lines.git.entries()]).toEqual([[3, ['spec.replicas']]]);
  });

  it('marks nothing where side lacks path', () => {
    const lines = mapDifferenceLines(
      makeComparison({
        live: 'spec:\n  replicas: 3\n',
        git: 'spec:\n  replicas: 3\n  minReadySeconds: 10\n',
        differences: [{ path: 'spec.minReadySeconds', git: '10' }],
      }),
    );

    expect(lines.live.size).toBe(0);
    expect([...lines.git.keys()]).toEqual([3]);
  });

  it('marks nothing without Git text', () => {
    const lines = mapDifferenceLines(
      makeComparison({
        git: undefined,
        gitError: 'no values',
        differences: [],
      }),
    );

    expect(lines.git.size).toBe(0);
    expect(lines.live.size).toBe(0);
  });

  it('skips malformed path', () => {
    const lines = mapDifferenceLines(
      makeComparison({ differences: [{ path: 'spec..replicas' }] }),
    );

    expect(lines.live.size).toBe(0);
    expect(lines.git.size).toBe(0);
  });
});
