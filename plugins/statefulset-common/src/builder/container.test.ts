import { buildStatefulSet } from './statefulSet';
import { Container } from './kubernetesTypes';
import { imageReference } from './container';
import { fullInput, minimalInput, parseValues } from './__testUtils__/values';

function containersOf(input: Record<string, unknown>) {
  return buildStatefulSet(parseValues(input)).spec.template.spec;
}

function postgres(): Container {
  return containersOf(fullInput()).containers[0];
}

describe('buildContainer', () => {
  const imageCases: Array<[string, Record<string, string>, string]> = [
    ['tag', { repository: 'nginx', tag: '1.27.3' }, 'nginx:1.27.3'],
    [
      'digest',
      { repository: 'nginx', digest: `sha256:${'b'.repeat(64)}` },
      `nginx@sha256:${'b'.repeat(64)}`,
    ],
    [
      'tag and digest',
      {
        repository: 'registry.example.com:5000/web/nginx',
        tag: '1.27',
        digest: `sha256:${'c'.repeat(64)}`,
      },
      `registry.example.com:5000/web/nginx:1.27@sha256:${'c'.repeat(64)}`,
    ],
    ['no tag', { repository: 'nginx' }, 'nginx'],
  ];

  it.each(imageCases)(
    'formats image reference with %s',
    (_case, image, expected) => {
      expect(imageReference(image as never)).toBe(expected);
    },
  );

  it('splits env and envFrom in order', () => {
    const container = postgres();

    expect(container.envFrom).toEqual([
      { prefix: 'PG_', configMapRef: { name: 'orders-db-settings' } },
      { secretRef: { name: 'orders-db-extra' } },
    ]);
    expect(container.env?.slice(0, 4)).toEqual([
      { name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' },
      {
        name: 'POSTGRES_PASSWORD',
        valueFrom: { secretKeyRef: { name: 'orders-db', key: 'password' } },
      },
      {
        name: 'LOCALE',
        valueFrom: {
          configMapKeyRef: { name: 'orders-db', key: 'locale', optional: true },
        },
      },
      {
        name: 'POD_NAME',
        valueFrom: { fieldRef: { fieldPath: 'metadata.name' } },
      },
    ]);
  });

  it('writes one handler per probe', () => {
    const container = postgres();

    expect(container.livenessProbe).toEqual({
      exec: { command: ['pg_isready', '-U', 'postgres'] },
      initialDelaySeconds: 30,
      periodSeconds: 10,
      timeoutSeconds: 1,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(Object.keys(container.readinessProbe ?? {})).toContain('tcpSocket');
    expect(container.readinessProbe?.httpGet).toBeUndefined();
    expect(container.startupProbe?.httpGet).toEqual({
      path: '/healthz',
      port: 9187,
      scheme: 'HTTP',
      httpHeaders: [{ name: 'X-Probe', value: 'startup' }],
    });
  });

  it('writes lifecycle hooks', () => {
    const { lifecycle } = postgres();

    expect(lifecycle?.postStart).toEqual({
      exec: { command: ['sh', '-c', 'echo started'] },
    });
    expect(lifecycle?.preStop).toEqual({
      httpGet: {
        path: '/shutdown',
        port: 9187,
        host: 'localhost',
        scheme: 'HTTP',
      },
    });
  });

  it('maps resources to Kubernetes names', () => {
    expect(postgres().resources).toEqual({
      requests: { cpu: '500m', memory: '1Gi', 'ephemeral-storage': '1Gi' },
      limits: { cpu: '2', memory: '2Gi', 'ephemeral-storage': '2Gi' },
    });
  });

  it('copies command, ports and terminal flags', () => {
    const container = postgres();

    expect(container.command).toEqual(['docker-entrypoint.sh']);
    expect(container.args).toEqual(['postgres', '-c', 'max_connections=200']);
    expect(container.ports).toEqual([
      { name: 'postgres', containerPort: 5432, protocol: 'TCP' },
      { containerPort: 9187 },
    ]);
    expect(container.stdin).toBe(true);
    expect(container.tty).toBe(false);
    expect(container.imagePullPolicy).toBe('Always');
  });

  it('sets privileged only in securityContext', () => {
    const spec = containersOf(fullInput());

    expect(spec.initContainers?.[0].securityContext).toEqual({
      privileged: true,
    });
    expect(spec.containers[0].securityContext).toBeUndefined();
  });

  it('gives init containers no probes or hooks', () => {
    const [init] = containersOf(fullInput()).initContainers ?? [];

    expect(init.name).toBe('init-permissions');
    expect(init.livenessProbe).toBeUndefined();
    expect(init.lifecycle).toBeUndefined();
  });

  it('leaves unset container fields out', () => {
    const [container] = containersOf(minimalInput()).containers;

    expect(Object.keys(container)).toEqual(['name', 'image']);
  });
});
