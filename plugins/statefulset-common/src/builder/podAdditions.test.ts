import { buildStatefulSet } from './statefulSet';
import { logEnv } from './podAdditions';
import { fullInput, minimalInput, parseValues } from './__testUtils__/values';

function podSpecOf(input: Record<string, unknown>) {
  return buildStatefulSet(parseValues(input)).spec.template.spec;
}

function withLogs(logs: unknown[], extra: Record<string, unknown> = {}) {
  return minimalInput({
    containers: [
      {
        name: 'db',
        image: { repository: 'postgres', tag: '16.4' },
        logs,
        ...extra,
      },
    ],
  });
}

describe('log collection', () => {
  const envCases: Array<
    [string, Record<string, unknown>, Array<{ name: string; value: string }>]
  > = [
    [
      'stdout',
      { logstore: 'app', path: 'stdout' },
      [{ name: 'aliyun_logs_app', value: 'stdout' }],
    ],
    [
      'a file with tags',
      {
        logstore: 'app-file',
        path: '/var/log/app/*.log',
        tags: { team: 'pay', env: 'prod' },
      },
      [
        { name: 'aliyun_logs_app-file', value: '/var/log/app/*.log' },
        { name: 'aliyun_logs_app-file_tags', value: 'env=prod,team=pay' },
      ],
    ],
  ];

  it.each(envCases)('writes variables for %s', (_case, log, expected) => {
    expect(logEnv([log as never])).toEqual(expected);
  });

  it('mounts an emptyDir over a log directory', () => {
    const spec = podSpecOf(
      withLogs([{ logstore: 'app', path: '/var/log/app/*.log' }]),
    );

    expect(spec.volumes).toEqual([{ name: 'log-dir-0', emptyDir: {} }]);
    expect(spec.containers[0].volumeMounts).toEqual([
      { name: 'log-dir-0', mountPath: '/var/log/app' },
    ]);
  });

  it('adds no volume for stdout', () => {
    const spec = podSpecOf(withLogs([{ logstore: 'app', path: 'stdout' }]));

    expect(spec.volumes).toBeUndefined();
    expect(spec.containers[0].env).toEqual([
      { name: 'aliyun_logs_app', value: 'stdout' },
    ]);
  });

  it('shares one volume per directory', () => {
    const spec = podSpecOf(fullInput());
    const logVolumes = spec.volumes?.filter(volume =>
      volume.name.startsWith('log-dir'),
    );
    const mountsOf = (index: number) =>
      spec.containers[index].volumeMounts?.filter(mount =>
        mount.name.startsWith('log-dir'),
      );

    expect(logVolumes).toEqual([{ name: 'log-dir-0', emptyDir: {} }]);
    expect(mountsOf(0)).toEqual([
      { name: 'log-dir-0', mountPath: '/var/log/postgresql' },
    ]);
    expect(mountsOf(1)).toEqual([
      { name: 'log-dir-0', mountPath: '/var/log/postgresql' },
    ]);
  });

  it('avoids names of user volumes', () => {
    const spec = podSpecOf({
      ...withLogs([{ logstore: 'app', path: '/var/log/app/a.log' }], {
        volumeMounts: [{ name: 'log-dir-0', mountPath: '/cache' }],
      }),
      volumes: [{ name: 'log-dir-0', type: 'emptyDir' }],
    });

    expect(spec.volumes?.map(volume => volume.name)).toEqual([
      'log-dir-0',
      'log-dir-0-1',
    ]);
  });
});

describe('user mounts', () => {
  it('keep a log directory mount', () => {
    const spec = podSpecOf({
      ...withLogs([{ logstore: 'app', path: '/data/logs/app.log' }], {
        volumeMounts: [{ name: 'logs', mountPath: '/data/logs' }],
      }),
      volumes: [{ name: 'logs', type: 'emptyDir' }],
    });

    expect(spec.volumes).toEqual([{ name: 'logs', emptyDir: {} }]);
    expect(spec.containers[0].volumeMounts).toEqual([
      { name: 'logs', mountPath: '/data/logs' },
    ]);
    expect(spec.containers[0].env).toEqual([
      { name: 'aliyun_logs_app', value: '/data/logs/app.log' },
    ]);
  });

  it('keep a localtime mount', () => {
    const spec = podSpecOf({
      ...minimalInput({
        containers: [
          {
            name: 'db',
            image: { repository: 'postgres', tag: '16.4' },
            volumeMounts: [
              { name: 'zone', mountPath: '/etc/localtime', subPath: 'Berlin' },
            ],
          },
          { name: 'sidecar', image: { repository: 'busybox', tag: '1.36' } },
        ],
        volumes: [
          { name: 'zone', type: 'configMap', configMap: { name: 'zoneinfo' } },
        ],
      }),
      timezoneSync: true,
    });

    expect(spec.containers[0].volumeMounts).toEqual([
      { name: 'zone', mountPath: '/etc/localtime', subPath: 'Berlin' },
    ]);
    expect(spec.containers[1].volumeMounts).toEqual([
      { name: 'timezone', mountPath: '/etc/localtime', readOnly: true },
    ]);
  });
});

describe('timezone sync', () => {
  it('mounts localtime read-only everywhere', () => {
    const spec = podSpecOf(fullInput());
    const timezone = spec.volumes?.find(
      volume => volume.hostPath?.path === '/etc/localtime',
    );
    const mounts = [...(spec.initContainers ?? []), ...spec.containers].map(
      container =>
        container.volumeMounts?.find(
          mount => mount.mountPath === '/etc/localtime',
        ),
    );

    expect(timezone).toEqual({
      name: 'timezone',
      hostPath: { path: '/etc/localtime', type: 'File' },
    });
    expect(mounts).toHaveLength(3);
    for (const mount of mounts) {
      expect(mount).toEqual({
        name: 'timezone',
        mountPath: '/etc/localtime',
        readOnly: true,
      });
    }
  });

  it('adds nothing when off', () => {
    const spec = podSpecOf(minimalInput({ timezoneSync: false }));

    expect(spec.volumes).toBeUndefined();
    expect(spec.containers[0].volumeMounts).toBeUndefined();
  });
});
