import { compareManifests } from './compareManifests';

function statefulSet(spec: Record<string, unknown>) {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'nginx', namespace: 'default' },
    spec,
  };
}

function podSpec(container: Record<string, unknown>) {
  return {
    replicas: 3,
    template: {
      spec: {
        containers: [{ name: 'nginx', image: 'nginx:1.27.3', ...container }],
      },
    },
  };
}

describe('compareManifests', () => {
  it.each([
    {
      case: 'equal objects',
      git: statefulSet(podSpec({})),
      live: statefulSet(podSpec({})),
      paths: [],
    },
    {
      case: 'replicas changed',
      git: statefulSet(podSpec({})),
      live: statefulSet({ ...podSpec({}), replicas: 5 }),
      paths: ['spec.replicas'],
    },
    {
      case: 'env added in the cluster',
      git: statefulSet(podSpec({ env: [{ name: 'A', value: '1' }] })),
      live: statefulSet(
        podSpec({
          env: [
            { name: 'A', value: '1' },
            { name: 'B', value: '2' },
          ],
        }),
      ),
      paths: ['spec.template.spec.containers[0].env'],
    },
    {
      case: 'env value changed',
      git: statefulSet(podSpec({ env: [{ name: 'A', value: '1' }] })),
      live: statefulSet(podSpec({ env: [{ name: 'A', value: '2' }] })),
      paths: ['spec.template.spec.containers[0].env[0].value'],
    },
    {
      case: 'server defaults ignored',
      git: statefulSet(podSpec({})),
      live: statefulSet({
        ...podSpec({
          terminationMessagePath: '/dev/termination-log',
          imagePullPolicy: 'IfNotPresent',
        }),
        revisionHistoryLimit: 10,
        podManagementPolicy: 'OrderedReady',
      }),
      paths: [],
    },
    {
      case: 'quantities equal by value',
      git: statefulSet(
        podSpec({
          resources: {
            requests: { cpu: '0.5', memory: '1024Mi' },
            limits: { cpu: 1 },
          },
        }),
      ),
      live: statefulSet(
        podSpec({
          resources: {
            requests: { cpu: '500m', memory: '1Gi' },
            limits: { cpu: '1' },
          },
        }),
      ),
      paths: [],
    },
    {
      case: 'quantities differ by value',
      git: statefulSet(podSpec({ resources: { limits: { memory: '512Mi' } } })),
      live: statefulSet(podSpec({ resources: { limits: { memory: '1Gi' } } })),
      paths: ['spec.template.spec.containers[0].resources.limits.memory'],
    },
    {
      case: 'quantity-like strings elsewhere compared as text',
      git: statefulSet(podSpec({ image: 'nginx:0.5' })),
      live: statefulSet(podSpec({ image: 'nginx:500m' })),
      paths: ['spec.template.spec.containers[0].image'],
    },
    {
      case: 'restartedAt ignored',
      git: statefulSet({
        template: {
          metadata: {
            annotations: {
              'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z',
            },
          },
        },
      }),
      live: statefulSet({
        template: {
          metadata: {
            annotations: {
              'kubectl.kubernetes.io/restartedAt': '2026-03-01T00:00:00Z',
            },
          },
        },
      }),
      paths: [],
    },
    {
      case: 'label key with dots quoted',
      git: statefulSet({
        template: {
          metadata: { labels: { 'app.kubernetes.io/name': 'nginx' } },
        },
      }),
      live: statefulSet({
        template: { metadata: { labels: { 'app.kubernetes.io/name': 'web' } } },
      }),
      paths: ['spec.template.metadata.labels["app.kubernetes.io/name"]'],
    },
    {
      case: 'object missing in the cluster',
      git: statefulSet({
        ...podSpec({}),
        updateStrategy: { type: 'OnDelete' },
      }),
      live: statefulSet(podSpec({})),
      paths: ['spec.updateStrategy'],
    },
  ])('$case', ({ git, live, paths }) => {
    const differences = compareManifests(git, live);

    expect(differences.map(difference => difference.path)).toEqual(paths);
  });

  it('reports both values as YAML', () => {
    const differences = compareManifests(
      statefulSet({ replicas: 3 }),
      statefulSet({ replicas: 5 }),
    );

    expect(differences).toEqual([
      { path: 'spec.replicas', git: '3', live: '5' },
    ]);
  });

  it('leaves out live when the cluster lacks the field', () => {
    const differences = compareManifests(
      statefulSet({ minReadySeconds: 10 }),
      statefulSet({}),
    );

    expect(differences).toEqual([{ path: 'spec.minReadySeconds', git: '10' }]);
  });

  it('shows a changed list whole', () => {
    const differences = compareManifests(
      statefulSet(podSpec({ args: ['--a'] })),
      statefulSet(podSpec({ args: ['--a', '--b'] })),
    );

    expect(differences).toHaveLength(1);
    expect(differences[0].git).toBe('- --a');
    expect(differences[0].live).toBe('- --a\n- --b');
  });
});
