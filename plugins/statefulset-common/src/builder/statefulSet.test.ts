import { buildManifests } from './buildManifests';
import { Service, StatefulSet } from './kubernetesTypes';
import { buildStatefulSet } from './statefulSet';
import { fullInput, minimalInput, parseValues } from './__testUtils__/values';

function statefulSetOf(overrides: Record<string, unknown> = {}): StatefulSet {
  return buildStatefulSet(parseValues(minimalInput(overrides)));
}

describe('buildStatefulSet', () => {
  it('names the headless Service it governs', () => {
    const objects = buildManifests(parseValues(minimalInput()));
    const statefulSet = objects[0] as StatefulSet;
    const headless = objects.find(
      (object): object is Service =>
        object.kind === 'Service' &&
        object.metadata.name === statefulSet.spec.serviceName,
    );

    expect(statefulSet.spec.serviceName).toBe('db-headless');
    expect(headless?.spec.clusterIP).toBe('None');
    expect(headless?.spec.selector).toEqual(
      statefulSet.spec.selector.matchLabels,
    );
  });

  const labelCases: Array<[string, Record<string, unknown>]> = [
    ['no user labels', {}],
    [
      'user labels',
      {
        labels: { team: 'payments', 'app.kubernetes.io/component': 'database' },
      },
    ],
    ['pod labels', { podLabels: { tier: 'data' } }],
    [
      'labels and pod labels with one key',
      { labels: { tier: 'a' }, podLabels: { tier: 'b' } },
    ],
    [
      'managed-by and kubernetes-id set by the user',
      {
        labels: {
          'app.kubernetes.io/managed-by': 'helm',
          'backstage.io/kubernetes-id': 'other',
        },
      },
    ],
  ];

  it.each(labelCases)(
    'keeps selector inside template labels with %s',
    (_case, overrides) => {
      const statefulSet = statefulSetOf(overrides);
      const { matchLabels } = statefulSet.spec.selector;

      expect(matchLabels).toEqual({
        'app.kubernetes.io/name': 'db',
        'app.kubernetes.io/instance': 'db',
      });
      for (const [key, value] of Object.entries(matchLabels)) {
        expect(statefulSet.spec.template.metadata.labels[key]).toBe(value);
      }
      expect(
        statefulSet.spec.template.metadata.labels['backstage.io/kubernetes-id'],
      ).toBe('db');
      expect(statefulSet.metadata.labels?.['backstage.io/kubernetes-id']).toBe(
        'db',
      );
    },
  );

  it('keeps selector labels over unvalidated labels', () => {
    // The model rejects these keys; the builder must hold even when a caller skips validation.
    const values = parseValues(minimalInput());
    values.labels = { 'app.kubernetes.io/name': 'other' };
    values.podLabels = { 'app.kubernetes.io/instance': 'other' };
    const statefulSet = buildStatefulSet(values);

    expect(
      statefulSet.spec.template.metadata.labels['app.kubernetes.io/name'],
    ).toBe('db');
    expect(
      statefulSet.spec.template.metadata.labels['app.kubernetes.io/instance'],
    ).toBe('db');
    expect(statefulSet.metadata.labels?.['app.kubernetes.io/name']).toBe('db');
  });

  it('lets pod labels win over labels', () => {
    const statefulSet = statefulSetOf({
      labels: { tier: 'a' },
      podLabels: { tier: 'b' },
    });

    expect(statefulSet.spec.template.metadata.labels.tier).toBe('b');
    expect(statefulSet.metadata.labels?.tier).toBe('a');
  });

  it('puts pod labels and annotations on the template only', () => {
    const statefulSet = statefulSetOf({
      podLabels: { tier: 'data' },
      podAnnotations: { 'example.com/pod': 'x' },
      annotations: { 'example.com/set': 'y' },
    });

    expect(statefulSet.metadata.labels?.tier).toBeUndefined();
    expect(statefulSet.metadata.annotations).toEqual({
      'example.com/set': 'y',
    });
    expect(statefulSet.spec.template.metadata.annotations).toEqual({
      'example.com/pod': 'x',
    });
  });

  it('omits replicas when autoscaling is on', () => {
    const autoscaled = statefulSetOf({
      replicas: 4,
      containers: [
        {
          name: 'db',
          image: { repository: 'postgres', tag: '16' },
          resources: { requests: { cpu: '1' } },
        },
      ],
      autoscaling: { enabled: true, maxReplicas: 5, cpuUtilization: 80 },
    });
    const fixed = statefulSetOf({ replicas: 4 });

    expect('replicas' in autoscaled.spec).toBe(false);
    expect(fixed.spec.replicas).toBe(4);
  });

  it('keeps replicas zero', () => {
    expect(statefulSetOf({ replicas: 0 }).spec.replicas).toBe(0);
  });

  const strategyCases: Array<[string, unknown, unknown]> = [
    ['no strategy', undefined, undefined],
    [
      'RollingUpdate alone',
      { type: 'RollingUpdate' },
      { type: 'RollingUpdate' },
    ],
    [
      'RollingUpdate with partition',
      { type: 'RollingUpdate', partition: 2 },
      { type: 'RollingUpdate', rollingUpdate: { partition: 2 } },
    ],
    [
      'RollingUpdate with maxUnavailable',
      { type: 'RollingUpdate', maxUnavailable: '25%' },
      { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%' } },
    ],
    ['OnDelete', { type: 'OnDelete' }, { type: 'OnDelete' }],
  ];

  it.each(strategyCases)(
    'writes update strategy for %s',
    (_case, updateStrategy, expected) => {
      const statefulSet = statefulSetOf(
        updateStrategy ? { updateStrategy } : {},
      );

      expect(statefulSet.spec.updateStrategy).toEqual(expected);
    },
  );

  it('never writes a partition for OnDelete', () => {
    const statefulSet = statefulSetOf({ updateStrategy: { type: 'OnDelete' } });

    expect(statefulSet.spec.updateStrategy?.rollingUpdate).toBeUndefined();
  });

  it('omits storageClassName when absent', () => {
    const { volumeClaimTemplates } = buildStatefulSet(
      parseValues(fullInput()),
    ).spec;

    expect(volumeClaimTemplates?.map(claim => claim.metadata.name)).toEqual([
      'data',
      'wal',
    ]);
    expect(volumeClaimTemplates?.[0].spec.storageClassName).toBe('fast-ssd');
    expect('storageClassName' in volumeClaimTemplates![1].spec).toBe(false);
    expect(volumeClaimTemplates?.[1].spec.resources.requests.storage).toBe(
      '10Gi',
    );
  });

  it('copies set-level policies', () => {
    const { spec } = buildStatefulSet(parseValues(fullInput()));

    expect(spec.podManagementPolicy).toBe('Parallel');
    expect(spec.minReadySeconds).toBe(10);
    expect(spec.persistentVolumeClaimRetentionPolicy).toEqual({
      whenScaled: 'Delete',
      whenDeleted: 'Retain',
    });
  });

  it('leaves optional set-level fields out', () => {
    const { spec } = statefulSetOf();

    expect(Object.keys(spec)).toEqual([
      'replicas',
      'serviceName',
      'selector',
      'template',
    ]);
    expect(Object.keys(spec.template.spec)).toEqual(['containers']);
  });

  it('leaves out empty node affinity', () => {
    const { spec } = buildStatefulSet(
      parseValues(
        minimalInput({ scheduling: { nodeAffinity: { required: [] } } }),
      ),
    ).spec.template;

    expect(spec.affinity).toBeUndefined();
  });

  it('builds scheduling rules and pull secrets', () => {
    const { spec } = buildStatefulSet(parseValues(fullInput())).spec.template;

    expect(spec.imagePullSecrets).toEqual([{ name: 'registry-credentials' }]);
    expect(
      spec.affinity?.nodeAffinity
        ?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms,
    ).toEqual([
      {
        matchExpressions: [
          { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
        ],
      },
    ]);
    expect(
      spec.affinity?.podAffinity
        ?.preferredDuringSchedulingIgnoredDuringExecution?.[0],
    ).toEqual({
      weight: 20,
      podAffinityTerm: {
        labelSelector: { matchLabels: { app: 'orders-api' } },
        topologyKey: 'topology.kubernetes.io/zone',
      },
    });
    expect(
      spec.affinity?.podAntiAffinity
        ?.requiredDuringSchedulingIgnoredDuringExecution?.[0].topologyKey,
    ).toBe('kubernetes.io/hostname');
    expect(spec.tolerations?.[1]).toEqual({
      key: 'node.kubernetes.io/unreachable',
      operator: 'Exists',
      effect: 'NoExecute',
      tolerationSeconds: 60,
    });
  });
});
