import { formatFieldErrors } from '../fieldError';
import { validValues } from '../testValues';
import { validateStatefulSetValues } from '../validateStatefulSetValues';

type Change = (input: Record<string, any>) => void;

function errorsOf(input: unknown): string[] {
  const result = validateStatefulSetValues(input);
  return result.success ? [] : formatFieldErrors(result.errors).split('\n');
}

function errorLine(change: Change, path: string): string | undefined {
  const input = validValues();
  change(input);

  return errorsOf(input).find(error => error.startsWith(`${path}: `));
}

function errorsAfter(change: Change): string[] {
  const input = validValues();
  change(input);

  return errorsOf(input);
}

const secondContainer = () => ({
  name: 'exporter',
  image: { repository: 'oliver006/redis_exporter' },
});

describe('container rules', () => {
  const invalid: Array<[string, Change, string, string]> = [
    [
      'duplicate container name',
      input => input.containers.push({ ...secondContainer(), name: 'redis' }),
      'containers[1].name',
      'is already the name of containers[0]',
    ],
    [
      'init container name clash',
      input =>
        (input.initContainers = [{ ...secondContainer(), name: 'redis' }]),
      'initContainers[0].name',
      'unique across containers and init containers',
    ],
    [
      'request above limit',
      input => (input.containers[0].resources.limits = { cpu: '50m' }),
      'containers[0].resources.requests.cpu',
      '"100m" is more than the limit "50m"',
    ],
    [
      'memory request above limit',
      input => (input.containers[0].resources.limits = { memory: '0.1Gi' }),
      'containers[0].resources.requests.memory',
      'is more than the limit',
    ],
    [
      'exabyte request above limit',
      input =>
        (input.containers[0].resources = {
          requests: { memory: '1E' },
          limits: { memory: '2Gi' },
        }),
      'containers[0].resources.requests.memory',
      '"1E" is more than the limit "2Gi"',
    ],
    [
      'duplicate port name',
      input =>
        input.containers[0].ports.push({ name: 'redis', containerPort: 6380 }),
      'containers[0].ports[1].name',
      'port names are unique within a container',
    ],
    [
      'duplicate mount path',
      input =>
        input.containers[0].volumeMounts.push({
          name: 'data',
          mountPath: '/data/',
        }),
      'containers[0].volumeMounts[1].mountPath',
      'is already mounted in this container',
    ],
    [
      'liveness success threshold',
      input =>
        (input.containers[0].probes = {
          liveness: {
            type: 'tcpSocket',
            tcpSocket: { port: 6379 },
            successThreshold: 2,
          },
        }),
      'containers[0].probes.liveness.successThreshold',
      'successThreshold of liveness and startup probes must be 1',
    ],
    [
      'startup success threshold',
      input =>
        (input.containers[0].probes = {
          startup: {
            type: 'exec',
            exec: { command: ['true'] },
            successThreshold: 3,
          },
        }),
      'containers[0].probes.startup.successThreshold',
      'must be 1',
    ],
    [
      'zero period',
      input =>
        (input.containers[0].probes = {
          readiness: {
            type: 'tcpSocket',
            tcpSocket: { port: 6379 },
            periodSeconds: 0,
          },
        }),
      'containers[0].probes.readiness.periodSeconds',
      'periodSeconds is a whole number of seconds of 1 or more',
    ],
    [
      'negative initial delay',
      input =>
        (input.containers[0].probes = {
          readiness: {
            type: 'tcpSocket',
            tcpSocket: { port: 6379 },
            initialDelaySeconds: -1,
          },
        }),
      'containers[0].probes.readiness.initialDelaySeconds',
      'of 0 or more',
    ],
    [
      'empty exec command',
      input =>
        (input.containers[0].probes = {
          readiness: { type: 'exec', exec: { command: [] } },
        }),
      'containers[0].probes.readiness.exec.command',
      'is empty',
    ],
    [
      'unknown probe port name',
      input =>
        (input.containers[0].probes = {
          readiness: { type: 'httpGet', httpGet: { port: 'http' } },
        }),
      'containers[0].probes.readiness.httpGet.port',
      '"http" is not the name of a port of container "redis", use one of "redis"',
    ],
    [
      'unknown hook port name',
      input =>
        (input.containers[0].lifecycle = {
          preStop: { type: 'httpGet', httpGet: { port: 'admin' } },
        }),
      'containers[0].lifecycle.preStop.httpGet.port',
      'is not the name of a port',
    ],
    [
      'hook with two handlers',
      input =>
        (input.containers[0].lifecycle = {
          postStart: {
            type: 'exec',
            exec: { command: ['true'] },
            httpGet: { port: 80 },
          },
        }),
      'containers[0].lifecycle.postStart.httpGet',
      'a hook of type "exec" cannot also have a httpGet handler',
    ],
    [
      'relative mount path',
      input => (input.containers[0].volumeMounts[0].mountPath = 'data'),
      'containers[0].volumeMounts[0].mountPath',
      'is not an absolute path',
    ],
    [
      'duplicate logstore',
      input =>
        (input.containers[0].logs = [
          { logstore: 'redis', path: 'stdout' },
          { logstore: 'redis', path: '/var/log/redis/a.log' },
        ]),
      'containers[0].logs[1].logstore',
      'is collected twice in this container',
    ],
    [
      'env clashes with log agent',
      input => {
        input.containers[0].logs = [{ logstore: 'redis', path: 'stdout' }];
        input.containers[0].env = [
          { source: 'value', name: 'aliyun_logs_redis', value: 'x' },
        ];
      },
      'containers[0].env[0].name',
      'is set by log collection',
    ],
    [
      'log tag with comma',
      input =>
        (input.containers[0].logs = [
          { logstore: 'redis', path: 'stdout', tags: { team: 'a,b' } },
        ]),
      'containers[0].logs[0].tags.team',
      "without ',' and '='",
    ],
    [
      'bad field path',
      input =>
        (input.containers[0].env = [
          { source: 'fieldRef', name: 'PHASE', fieldPath: 'status.phase' },
        ]),
      'containers[0].env[0].fieldPath',
      'is not a supported field path',
    ],
    [
      'bad config key',
      input =>
        (input.containers[0].env = [
          {
            source: 'configMapKey',
            name: 'A',
            configMapName: 'cfg',
            key: 'a/b',
          },
        ]),
      'containers[0].env[0].key',
      'is not a valid key',
    ],
    [
      'bad secret name',
      input =>
        (input.containers[0].env = [
          { source: 'secret', secretName: 'My_Secret' },
        ]),
      'containers[0].env[0].secretName',
      'e.g. "my-secret"',
    ],
    [
      'env name with equals',
      input =>
        (input.containers[0].env = [
          { source: 'value', name: 'A=B', value: '' },
        ]),
      'containers[0].env[0].name',
      "contains '='",
    ],
    [
      'image with tag in repository',
      input => (input.containers[0].image.repository = 'redis:7'),
      'containers[0].image.repository',
      'put "7" into image.tag',
    ],
  ];

  it.each(invalid)('rejects %s', (_name, change, path, message) => {
    expect(errorLine(change, path)).toContain(message);
  });

  it('accepts a user mount at the time zone path', () => {
    expect(
      errorsAfter(input => {
        input.timezoneSync = true;
        input.containers[0].volumeMounts[0].mountPath = '/etc/localtime';
      }),
    ).toEqual([]);
  });

  it('accepts log files on a mounted volume', () => {
    expect(
      errorsAfter(input => {
        input.containers[0].logs = [
          { logstore: 'redis-file', path: '/data/*.log' },
        ];
      }),
    ).toEqual([]);
  });

  it('accepts a named probe port that exists', () => {
    expect(
      errorsAfter(input => {
        input.containers[0].probes = {
          readiness: { type: 'tcpSocket', tcpSocket: { port: 'redis' } },
        };
      }),
    ).toEqual([]);
  });

  it('accepts an empty environment prefix', () => {
    expect(
      errorsAfter(input => {
        input.containers[0].env = [
          { source: 'configMap', configMapName: 'cfg', prefix: '' },
        ];
      }),
    ).toEqual([]);
  });
});

describe('volume rules', () => {
  const invalid: Array<[string, Change, string, string]> = [
    [
      'mount of unknown volume',
      input => (input.containers[0].volumeMounts[0].name = 'cache'),
      'containers[0].volumeMounts[0].name',
      '"cache" names no volume or volume claim template, use one of "data"',
    ],
    [
      'duplicate volume',
      input =>
        (input.volumes = [
          { name: 'tmp', type: 'emptyDir' },
          { name: 'tmp', type: 'emptyDir' },
        ]),
      'volumes[1].name',
      'volume names are unique',
    ],
    [
      'duplicate claim template',
      input =>
        input.volumeClaimTemplates.push({
          name: 'data',
          storage: '1Gi',
          accessModes: ['ReadWriteOnce'],
        }),
      'volumeClaimTemplates[1].name',
      'claim template names are unique',
    ],
    [
      'claim template named like volume',
      input => (input.volumes = [{ name: 'data', type: 'emptyDir' }]),
      'volumeClaimTemplates[0].name',
      'a claim template and a volume cannot share a name',
    ],
    [
      'relative host path',
      input =>
        (input.volumes = [
          { name: 'host', type: 'hostPath', hostPath: { path: 'var/run' } },
        ]),
      'volumes[0].hostPath.path',
      'is not an absolute path',
    ],
    [
      'decimal file mode',
      input =>
        (input.volumes = [
          {
            name: 'cfg',
            type: 'configMap',
            configMap: { name: 'cfg', defaultMode: 644 },
          },
        ]),
      'volumes[0].configMap.defaultMode',
      'from 0 to 0777 octal',
    ],
    [
      'zero claim size',
      input => (input.volumeClaimTemplates[0].storage = '0Gi'),
      'volumeClaimTemplates[0].storage',
      'is zero',
    ],
    [
      'ReadWriteOncePod with others',
      input =>
        (input.volumeClaimTemplates[0].accessModes = [
          'ReadWriteOncePod',
          'ReadOnlyMany',
        ]),
      'volumeClaimTemplates[0].accessModes',
      'ReadWriteOncePod must be the only access mode',
    ],
    [
      'no access modes',
      input => (input.volumeClaimTemplates[0].accessModes = []),
      'volumeClaimTemplates[0].accessModes',
      'is empty',
    ],
    [
      'empty storage class',
      input => (input.volumeClaimTemplates[0].storageClassName = ''),
      'volumeClaimTemplates[0].storageClassName',
      "is empty, leave storageClassName out to use the cluster's default StorageClass",
    ],
    [
      'bad storage class',
      input => (input.volumeClaimTemplates[0].storageClassName = 'Fast SSD'),
      'volumeClaimTemplates[0].storageClassName',
      'is not a valid name',
    ],
    [
      'bad subPath',
      input => (input.containers[0].volumeMounts[0].subPath = '../etc'),
      'containers[0].volumeMounts[0].subPath',
      "contains '..'",
    ],
    [
      'bad size limit',
      input =>
        (input.volumes = [
          { name: 'tmp', type: 'emptyDir', emptyDir: { sizeLimit: '1GB' } },
        ]),
      'volumes[0].emptyDir.sizeLimit',
      'write "1G" or "1Gi"',
    ],
  ];

  it.each(invalid)('rejects %s', (_name, change, path, message) => {
    expect(errorLine(change, path)).toContain(message);
  });

  it('accepts a mount of a pod volume', () => {
    expect(
      errorsAfter(input => {
        input.volumes = [{ name: 'tmp', type: 'emptyDir' }];
        input.containers[0].volumeMounts.push({
          name: 'tmp',
          mountPath: '/tmp',
        });
      }),
    ).toEqual([]);
  });
});

describe('network rules', () => {
  const ingress = () => ({
    enabled: true,
    rules: [
      {
        host: 'cache.example.com',
        paths: [{ path: '/', pathType: 'Prefix', servicePort: 6379 }],
      },
    ],
  });

  const invalid: Array<[string, Change, string, string]> = [
    [
      'unnamed port among two',
      input => input.service.ports.push({ port: 6380 }),
      'service.ports[1].name',
      'needs a name',
    ],
    [
      'duplicate Service port name',
      input => input.service.ports.push({ name: 'redis', port: 6380 }),
      'service.ports[1].name',
      'Service port names are unique',
    ],
    [
      'duplicate port and protocol',
      input => input.service.ports.push({ name: 'other', port: 6379 }),
      'service.ports[1].port',
      'appears twice',
    ],
    [
      'nodePort on ClusterIP',
      input => (input.service.ports[0].nodePort = 30079),
      'service.ports[0].nodePort',
      'a nodePort needs type NodePort or LoadBalancer',
    ],
    [
      'nodePort out of range',
      input => {
        input.service.type = 'NodePort';
        input.service.ports[0].nodePort = 8080;
      },
      'service.ports[0].nodePort',
      'from 30000 to 32767',
    ],
    [
      'duplicate nodePort',
      input => {
        input.service.type = 'NodePort';
        input.service.ports[0].nodePort = 30079;
        input.service.ports.push({ name: 'b', port: 1, nodePort: 30079 });
      },
      'service.ports[1].nodePort',
      'node ports are unique',
    ],
    [
      'unknown target port name',
      input => (input.service.ports[0].targetPort = 'http'),
      'service.ports[0].targetPort',
      '"http" is not the name of a container port, use one of "redis"',
    ],
    [
      'enabled Service without ports',
      input => (input.service.ports = []),
      'service.ports',
      'an enabled Service needs at least one port',
    ],
    [
      'Ingress without Service',
      input => {
        input.ingress = ingress();
        input.service.enabled = false;
      },
      'ingress.enabled',
      'the Ingress sends traffic to the access Service',
    ],
    [
      'Ingress port not in Service',
      input => {
        input.ingress = ingress();
        input.ingress.rules[0].paths[0].servicePort = 80;
      },
      'ingress.rules[0].paths[0].servicePort',
      '80 is not a port of the Service, use one of the Service\'s ports: 6379 ("redis")',
    ],
    [
      'Ingress port name not in Service',
      input => {
        input.ingress = ingress();
        input.ingress.rules[0].paths[0].servicePort = 'http';
      },
      'ingress.rules[0].paths[0].servicePort',
      'is not a port of the Service',
    ],
    [
      'Ingress without rules',
      input => {
        input.ingress = ingress();
        input.ingress.rules = [];
      },
      'ingress.rules',
      'needs at least one rule',
    ],
    [
      'Ingress wildcard host',
      input => {
        input.ingress = ingress();
        input.ingress.rules[0].host = 'cache.*.com';
      },
      'ingress.rules[0].host',
      'wildcard',
    ],
    [
      'Ingress IP host',
      input => {
        input.ingress = ingress();
        input.ingress.rules[0].host = '10.1.2.3';
      },
      'ingress.rules[0].host',
      'is an IP address',
    ],
    [
      'Ingress relative Prefix path',
      input => {
        input.ingress = ingress();
        input.ingress.rules[0].paths[0].path = 'api';
      },
      'ingress.rules[0].paths[0].path',
      'is not an absolute path',
    ],
    [
      'Ingress TLS host with port',
      input => {
        input.ingress = {
          ...ingress(),
          tls: [{ hosts: ['cache.example.com:443'], secretName: 'tls' }],
        };
      },
      'ingress.tls[0].hosts[0]',
      'contains a port',
    ],
  ];

  it.each(invalid)('rejects %s', (_name, change, path, message) => {
    expect(errorLine(change, path)).toContain(message);
  });

  it('suggests only valid target port names', () => {
    const line = errorLine(input => {
      input.containers[0].ports[0].name = 'metrics-exporter-https';
      input.service.ports[0].targetPort = 'redis';
    }, 'service.ports[0].targetPort');

    expect(line).toContain('"redis" is not the name of a container port');
    expect(line).not.toContain('metrics-exporter-https');
  });

  it('accepts an Ingress on a named Service port', () => {
    expect(
      errorsAfter(input => {
        input.ingress = ingress();
        input.ingress.rules[0].paths[0].servicePort = 'redis';
      }),
    ).toEqual([]);
  });

  it('accepts a nodePort on NodePort and LoadBalancer', () => {
    for (const type of ['NodePort', 'LoadBalancer']) {
      expect(
        errorsAfter(input => {
          input.service.type = type;
          input.service.ports[0].nodePort = 30079;
        }),
      ).toEqual([]);
    }
  });
});

describe('autoscaling rules', () => {
  const invalid: Array<[string, Change, string, string]> = [
    [
      'min above max',
      input =>
        (input.autoscaling = {
          enabled: true,
          minReplicas: 5,
          maxReplicas: 3,
          cpuUtilization: 80,
        }),
      'autoscaling.minReplicas',
      '5 is more than maxReplicas 3',
    ],
    [
      'no metric',
      input => (input.autoscaling = { enabled: true, maxReplicas: 3 }),
      'autoscaling',
      'an autoscaler needs cpuUtilization or memoryUtilization',
    ],
    [
      'zero minReplicas',
      input =>
        (input.autoscaling = {
          enabled: true,
          minReplicas: 0,
          maxReplicas: 3,
          cpuUtilization: 80,
        }),
      'autoscaling.minReplicas',
      'of 1 or more',
    ],
    [
      'zero utilization',
      input =>
        (input.autoscaling = {
          enabled: true,
          maxReplicas: 3,
          cpuUtilization: 0,
        }),
      'autoscaling.cpuUtilization',
      'of 1 or more',
    ],
    [
      'CPU target without request',
      input => {
        input.containers.push(secondContainer());
        input.autoscaling = {
          enabled: true,
          maxReplicas: 3,
          cpuUtilization: 80,
        };
      },
      'autoscaling.cpuUtilization',
      'needs a cpu request on every container, but "exporter" has none',
    ],
    [
      'memory target without request',
      input => {
        delete input.containers[0].resources.requests.memory;
        input.autoscaling = {
          enabled: true,
          maxReplicas: 3,
          memoryUtilization: 70,
        };
      },
      'autoscaling.memoryUtilization',
      'needs a memory request on every container, but "redis" has none',
    ],
  ];

  it.each(invalid)('rejects %s', (_name, change, path, message) => {
    expect(errorLine(change, path)).toContain(message);
  });

  it('skips the bound check for invalid maxReplicas', () => {
    const errors = errorsAfter(
      input =>
        (input.autoscaling = {
          enabled: true,
          maxReplicas: 0,
          cpuUtilization: 80,
        }),
    );

    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^autoscaling\.maxReplicas: 0 is out of range/);
  });

  it('accepts CPU utilization above 100', () => {
    expect(
      errorsAfter(input => {
        input.autoscaling = {
          enabled: true,
          maxReplicas: 3,
          cpuUtilization: 150,
        };
      }),
    ).toEqual([]);
  });

  it('ignores a disabled autoscaler', () => {
    expect(
      errorsAfter(input => {
        input.autoscaling = { enabled: false, maxReplicas: 3 };
      }),
    ).toEqual([]);
  });
});

describe('workload rules', () => {
  const invalid: Array<[string, Change, string, string]> = [
    [
      'negative partition',
      input =>
        (input.updateStrategy = { type: 'RollingUpdate', partition: -1 }),
      'updateStrategy.partition',
      'of 0 or more',
    ],
    [
      'zero maxUnavailable',
      input =>
        (input.updateStrategy = { type: 'RollingUpdate', maxUnavailable: 0 }),
      'updateStrategy.maxUnavailable',
      'out of range',
    ],
    [
      'percent above 100',
      input =>
        (input.updateStrategy = {
          type: 'RollingUpdate',
          maxUnavailable: '150%',
        }),
      'updateStrategy.maxUnavailable',
      'out of range',
    ],
    [
      'maxUnavailable word',
      input =>
        (input.updateStrategy = {
          type: 'RollingUpdate',
          maxUnavailable: 'half',
        }),
      'updateStrategy.maxUnavailable',
      'neither a number nor a percentage',
    ],
    [
      'maxUnavailable with OnDelete',
      input => (input.updateStrategy = { type: 'OnDelete', maxUnavailable: 1 }),
      'updateStrategy.maxUnavailable',
      'applies to RollingUpdate only',
    ],
    [
      'negative minReadySeconds',
      input => (input.minReadySeconds = -1),
      'minReadySeconds',
      'of 0 or more',
    ],
    [
      'replicas above int32',
      input => (input.replicas = 2 ** 31),
      'replicas',
      '2147483648 is more than 2147483647',
    ],
    [
      'replicas of 1e20',
      input => (input.replicas = 1e20),
      'replicas',
      'is more than 2147483647',
    ],
    [
      'minReadySeconds above int32',
      input => (input.minReadySeconds = 2 ** 31),
      'minReadySeconds',
      'is more than 2147483647',
    ],
    [
      'partition above int32',
      input =>
        (input.updateStrategy = { type: 'RollingUpdate', partition: 2 ** 31 }),
      'updateStrategy.partition',
      'is more than 2147483647',
    ],
    [
      'maxUnavailable above int32',
      input =>
        (input.updateStrategy = {
          type: 'RollingUpdate',
          maxUnavailable: 2 ** 31,
        }),
      'updateStrategy.maxUnavailable',
      'is more than 2147483647',
    ],
    [
      'probe timeout above int32',
      input =>
        (input.containers[0].probes = {
          readiness: {
            type: 'tcpSocket',
            tcpSocket: { port: 6379 },
            timeoutSeconds: 2 ** 31,
          },
        }),
      'containers[0].probes.readiness.timeoutSeconds',
      'is more than 2147483647',
    ],
    [
      'maxReplicas above int32',
      input =>
        (input.autoscaling = {
          enabled: true,
          maxReplicas: 2 ** 31,
          cpuUtilization: 80,
        }),
      'autoscaling.maxReplicas',
      'is more than 2147483647',
    ],
    [
      'bad retention policy',
      input =>
        (input.persistentVolumeClaimRetentionPolicy = { whenScaled: 'Keep' }),
      'persistentVolumeClaimRetentionPolicy.whenScaled',
      'use one of Retain, Delete',
    ],
    [
      'duplicate pull Secret',
      input => (input.imagePullSecrets = ['regcred', 'regcred']),
      'imagePullSecrets[1]',
      'is listed twice',
    ],
    [
      'bad namespace',
      input => (input.namespace = 'Team A'),
      'namespace',
      'e.g. "team-a"',
    ],
    [
      'bad annotation key',
      input => (input.annotations = { 'bad key': 'x' }),
      'annotations["bad key"]',
      'is not a valid annotation key',
    ],
    [
      'huge annotations',
      input => (input.podAnnotations = { big: 'x'.repeat(300 * 1024) }),
      'podAnnotations',
      'at most 262144 bytes',
    ],
    [
      'bad repository location',
      input => (input.repoUrl = 'github.com/acme/cache'),
      'repoUrl',
      'has no host and query',
    ],
  ];

  it.each(invalid)('rejects %s', (_name, change, path, message) => {
    expect(errorLine(change, path)).toContain(message);
  });

  it('accepts a percent maxUnavailable', () => {
    expect(
      errorsAfter(input => {
        input.updateStrategy = { type: 'RollingUpdate', maxUnavailable: '25%' };
      }),
    ).toEqual([]);
  });
});

describe('scheduling rules', () => {
  const node =
    (operator: string, values?: string[]) => (input: Record<string, any>) => {
      input.scheduling = {
        nodeAffinity: {
          required: [
            { matchExpressions: [{ key: 'disktype', operator, values }] },
          ],
        },
      };
    };
  const valuesPath =
    'scheduling.nodeAffinity.required[0].matchExpressions[0].values';

  const invalid: Array<[string, Change, string, string]> = [
    [
      'In without values',
      node('In'),
      valuesPath,
      'operator In needs at least one value',
    ],
    [
      'NotIn with empty values',
      node('NotIn', []),
      valuesPath,
      'operator NotIn needs at least one value',
    ],
    [
      'Exists with values',
      node('Exists', ['a']),
      valuesPath,
      'operator Exists takes no values',
    ],
    [
      'In with a space in value',
      node('In', ['fast ssd']),
      `${valuesPath}[0]`,
      '"fast ssd" is not a valid label value',
    ],
    [
      'In with 64-character value',
      node('NotIn', ['ssd', 'a'.repeat(64)]),
      `${valuesPath}[1]`,
      'is 64 characters long',
    ],
    [
      'Gt with a negative value',
      node('Gt', ['-5']),
      `${valuesPath}[0]`,
      '"-5" is not a valid label value',
    ],
    [
      'DoesNotExist with values',
      node('DoesNotExist', ['a']),
      valuesPath,
      'operator DoesNotExist takes no values',
    ],
    [
      'Gt with two values',
      node('Gt', ['1', '2']),
      valuesPath,
      'takes exactly one integer value',
    ],
    [
      'Lt with a word',
      node('Lt', ['four']),
      valuesPath,
      'takes exactly one integer value',
    ],
    [
      'weight zero',
      input =>
        (input.scheduling = {
          nodeAffinity: {
            preferred: [
              {
                weight: 0,
                matchExpressions: [{ key: 'a', operator: 'Exists' }],
              },
            ],
          },
        }),
      'scheduling.nodeAffinity.preferred[0].weight',
      'from 1 to 100',
    ],
    [
      'weight above 100',
      input =>
        (input.scheduling = {
          podAntiAffinity: {
            preferred: [
              {
                weight: 101,
                term: {
                  topologyKey: 'kubernetes.io/hostname',
                  labelSelector: {},
                },
              },
            ],
          },
        }),
      'scheduling.podAntiAffinity.preferred[0].weight',
      'from 1 to 100',
    ],
    [
      'pod selector In without values',
      input =>
        (input.scheduling = {
          podAffinity: {
            required: [
              {
                topologyKey: 'kubernetes.io/hostname',
                labelSelector: {
                  matchExpressions: [{ key: 'app', operator: 'In' }],
                },
              },
            ],
          },
        }),
      'scheduling.podAffinity.required[0].labelSelector.matchExpressions[0].values',
      'needs at least one value',
    ],
    [
      'pod selector Gt',
      input =>
        (input.scheduling = {
          podAffinity: {
            required: [
              {
                topologyKey: 'zone',
                labelSelector: {
                  matchExpressions: [
                    { key: 'app', operator: 'Gt', values: ['1'] },
                  ],
                },
              },
            ],
          },
        }),
      'scheduling.podAffinity.required[0].labelSelector.matchExpressions[0].operator',
      'use one of In, NotIn, Exists, DoesNotExist',
    ],
    [
      'bad topology key',
      input =>
        (input.scheduling = {
          podAffinity: {
            required: [{ topologyKey: 'a/b/c', labelSelector: {} }],
          },
        }),
      'scheduling.podAffinity.required[0].topologyKey',
      "more than one '/'",
    ],
    [
      'Exists toleration with value',
      input =>
        (input.scheduling = {
          tolerations: [{ key: 'k', operator: 'Exists', value: 'v' }],
        }),
      'scheduling.tolerations[0].value',
      'is set with operator Exists',
    ],
    [
      'Equal toleration without key',
      input =>
        (input.scheduling = {
          tolerations: [{ operator: 'Equal', value: 'v' }],
        }),
      'scheduling.tolerations[0].operator',
      'needs a key',
    ],
    [
      'seconds without effect',
      input =>
        (input.scheduling = {
          tolerations: [
            { key: 'k', operator: 'Exists', tolerationSeconds: 30 },
          ],
        }),
      'scheduling.tolerations[0].tolerationSeconds',
      '30 is set without an effect, tolerationSeconds applies only to effect NoExecute',
    ],
    [
      'seconds without NoExecute',
      input =>
        (input.scheduling = {
          tolerations: [
            {
              key: 'k',
              operator: 'Exists',
              effect: 'NoSchedule',
              tolerationSeconds: 30,
            },
          ],
        }),
      'scheduling.tolerations[0].tolerationSeconds',
      'applies only to effect NoExecute',
    ],
    [
      'seconds beyond safe integers',
      input =>
        (input.scheduling = {
          tolerations: [
            {
              key: 'k',
              operator: 'Exists',
              effect: 'NoExecute',
              tolerationSeconds: 2 ** 63,
            },
          ],
        }),
      'scheduling.tolerations[0].tolerationSeconds',
      '9223372036854776000 is out of range',
    ],
    [
      'toleration value not a label value',
      input =>
        (input.scheduling = { tolerations: [{ key: 'k', value: 'a b' }] }),
      'scheduling.tolerations[0].value',
      'is not a valid label value',
    ],
  ];

  it.each(invalid)('rejects %s', (_name, change, path, message) => {
    expect(errorLine(change, path)).toContain(message);
  });

  it.each([
    ['In', ['ssd']],
    ['NotIn', ['hdd']],
    ['Exists', undefined],
    ['DoesNotExist', []],
    ['Gt', ['4']],
    ['Lt', ['0']],
  ])('accepts operator %s with %j', (operator, values) => {
    expect(errorsAfter(node(operator, values))).toEqual([]);
  });

  it('accepts empty required node affinity terms', () => {
    const errors = errorsAfter(
      input => (input.scheduling = { nodeAffinity: { required: [] } }),
    );

    expect(errors).toEqual([]);
  });

  it('accepts tolerationSeconds above int32', () => {
    const errors = errorsAfter(
      input =>
        (input.scheduling = {
          tolerations: [
            {
              key: 'k',
              operator: 'Exists',
              effect: 'NoExecute',
              tolerationSeconds: 2 ** 31,
            },
          ],
        }),
    );

    expect(errors).toEqual([]);
  });

  it('accepts a toleration for every taint', () => {
    expect(
      errorsAfter(input => {
        input.scheduling = { tolerations: [{ operator: 'Exists' }] };
      }),
    ).toEqual([]);
  });
});
