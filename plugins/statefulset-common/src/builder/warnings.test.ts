import { collectWarnings, WarningId } from './warnings';
import { fullInput, minimalInput, parseValues } from './__testUtils__/values';

const safeContainer = {
  name: 'db',
  image: { repository: 'postgres', tag: '16.4' },
  resources: {
    requests: { cpu: '500m', memory: '1Gi' },
    limits: { cpu: '1', memory: '1Gi' },
  },
  probes: { readiness: { type: 'tcpSocket', tcpSocket: { port: 5432 } } },
};

const safeInitContainer = {
  name: 'init',
  image: safeContainer.image,
  resources: safeContainer.resources,
};

/** Input without any risk: two replicas, limits, a readiness probe and a pinned image. */
function safeInput(overrides: Record<string, unknown> = {}) {
  return minimalInput({
    replicas: 2,
    containers: [safeContainer],
    ...overrides,
  });
}

function withContainer(changes: Record<string, unknown>) {
  return safeInput({ containers: [{ ...safeContainer, ...changes }] });
}

function idsAndPaths(input: Record<string, unknown>) {
  return collectWarnings(parseValues(input)).map(
    warning => `${warning.id} ${warning.path}`,
  );
}

describe('collectWarnings', () => {
  it('finds nothing in safe values', () => {
    expect(collectWarnings(parseValues(safeInput()))).toEqual([]);
  });

  const cases: Array<[string, Record<string, unknown>, string]> = [
    [
      'privileged container',
      withContainer({ privileged: true }),
      'privileged-container containers[0].privileged',
    ],
    [
      'privileged init container',
      safeInput({
        initContainers: [{ ...safeInitContainer, privileged: true }],
      }),
      'privileged-container initContainers[0].privileged',
    ],
    [
      'hostPath volume',
      safeInput({
        volumes: [
          {
            name: 'host',
            type: 'hostPath',
            hostPath: { path: '/var/run/app' },
          },
        ],
      }),
      'host-path-volume volumes[0].hostPath',
    ],
    [
      'timezone sync',
      safeInput({ timezoneSync: true }),
      'host-path-volume timezoneSync',
    ],
    [
      'no limits',
      withContainer({ resources: { requests: { cpu: '1' } } }),
      'missing-resource-limits containers[0].resources.limits',
    ],
    [
      'no readiness probe',
      withContainer({ probes: undefined }),
      'missing-readiness-probe containers[0].probes.readiness',
    ],
    [
      'latest tag',
      withContainer({ image: { repository: 'postgres', tag: 'latest' } }),
      'mutable-image-tag containers[0].image.tag',
    ],
    [
      'no tag',
      withContainer({ image: { repository: 'postgres' } }),
      'mutable-image-tag containers[0].image.tag',
    ],
    [
      'one replica OrderedReady by default',
      safeInput({ replicas: 1 }),
      'single-replica-ordered-ready replicas',
    ],
    [
      'one replica OrderedReady',
      safeInput({ replicas: 1, podManagementPolicy: 'OrderedReady' }),
      'single-replica-ordered-ready replicas',
    ],
    [
      'claims retained by default',
      safeInput({
        volumeClaimTemplates: [
          { name: 'data', storage: '1Gi', accessModes: ['ReadWriteOnce'] },
        ],
      }),
      'claims-retained-after-scale-in persistentVolumeClaimRetentionPolicy.whenScaled',
    ],
    [
      'claims retained',
      safeInput({
        volumeClaimTemplates: [
          { name: 'data', storage: '1Gi', accessModes: ['ReadWriteOnce'] },
        ],
        persistentVolumeClaimRetentionPolicy: {
          whenScaled: 'Retain',
          whenDeleted: 'Delete',
        },
      }),
      'claims-retained-after-scale-in persistentVolumeClaimRetentionPolicy.whenScaled',
    ],
    [
      'replicas with autoscaling',
      safeInput({
        replicas: 3,
        autoscaling: { enabled: true, maxReplicas: 5, cpuUtilization: 80 },
      }),
      'replicas-with-autoscaling replicas',
    ],
    [
      'generated label set by user',
      safeInput({ labels: { 'app.kubernetes.io/managed-by': 'helm' } }),
      'label-overridden labels["app.kubernetes.io/managed-by"]',
    ],
  ];

  it.each(cases)('warns about %s', (_case, input, expected) => {
    expect(idsAndPaths(input)).toEqual([expected]);
  });

  const quietCases: Array<[string, Record<string, unknown>]> = [
    [
      'pinned digest without tag',
      withContainer({
        image: { repository: 'postgres', digest: `sha256:${'d'.repeat(64)}` },
      }),
    ],
    [
      'one replica Parallel',
      safeInput({ replicas: 1, podManagementPolicy: 'Parallel' }),
    ],
    [
      'replicas equal to minReplicas',
      safeInput({
        replicas: 3,
        autoscaling: {
          enabled: true,
          minReplicas: 3,
          maxReplicas: 5,
          cpuUtilization: 80,
        },
      }),
    ],
    [
      'autoscaling without replicas',
      safeInput({
        replicas: 1,
        autoscaling: { enabled: true, maxReplicas: 5, cpuUtilization: 80 },
      }),
    ],
    [
      'claims deleted on scale-in',
      safeInput({
        volumeClaimTemplates: [
          { name: 'data', storage: '1Gi', accessModes: ['ReadWriteOnce'] },
        ],
        persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete' },
      }),
    ],
    [
      'init container without probe',
      safeInput({ initContainers: [safeInitContainer] }),
    ],
  ];

  it.each(quietCases)('stays quiet for %s', (_case, input) => {
    expect(idsAndPaths(input)).toEqual([]);
  });

  it('explains risk and fix', () => {
    const warnings = collectWarnings(parseValues(fullInput()));
    const ids = new Set<WarningId>(warnings.map(warning => warning.id));

    expect(ids).toEqual(new Set(['privileged-container', 'host-path-volume']));
    for (const warning of warnings) {
      // One sentence names the risk, the last one the fix.
      expect(warning.message).toMatch(/\. [A-Z][^.]*[^.]+\.$/);
      expect(warning.message.length).toBeGreaterThan(60);
    }
  });
});
