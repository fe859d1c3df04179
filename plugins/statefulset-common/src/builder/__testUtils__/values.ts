import { StatefulSetValues } from '../../model';
import { formatFieldErrors, validateStatefulSetValues } from '../../validation';

/** Parses test input with the real model, so fixtures get its defaults and must be valid. */
export function parseValues(input: unknown): StatefulSetValues {
  const result = validateStatefulSetValues(input);
  if (!result.success) {
    throw new Error(
      `Invalid test values:\n${formatFieldErrors(result.errors)}`,
    );
  }
  return result.values;
}

/** Smallest valid input: a name, an owner and one container. */
export function minimalInput(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    name: 'db',
    owner: 'group:default/guests',
    containers: [
      { name: 'db', image: { repository: 'postgres', tag: '16.4' } },
    ],
    ...overrides,
  };
}

/** Input that sets every field of the model at least once. */
export function fullInput(): Record<string, unknown> {
  return {
    name: 'orders-db',
    namespace: 'payments',
    replicas: 3,
    labels: { team: 'payments', tier: 'data' },
    annotations: { 'example.com/note': 'on' },
    podLabels: { 'sidecar.istio.io/inject': 'false' },
    podAnnotations: {
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '9187',
    },
    timezoneSync: true,
    imagePullSecrets: ['registry-credentials'],
    initContainers: [
      {
        name: 'init-permissions',
        image: {
          repository: 'busybox',
          tag: '1.36',
          pullPolicy: 'IfNotPresent',
        },
        command: ['sh', '-c'],
        args: ['chown -R 999:999 /var/lib/postgresql/data'],
        privileged: true,
        resources: { limits: { cpu: '100m', memory: '64Mi' } },
        volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }],
      },
    ],
    containers: [
      {
        name: 'postgres',
        image: {
          repository: 'registry.example.com/db/postgres',
          tag: '16.4',
          digest: `sha256:${'a'.repeat(64)}`,
          pullPolicy: 'Always',
        },
        resources: {
          requests: { cpu: '500m', memory: '1Gi', ephemeralStorage: '1Gi' },
          limits: { cpu: '2', memory: '2Gi', ephemeralStorage: '2Gi' },
        },
        command: ['docker-entrypoint.sh'],
        args: ['postgres', '-c', 'max_connections=200'],
        stdin: true,
        tty: false,
        ports: [
          { name: 'postgres', containerPort: 5432, protocol: 'TCP' },
          { containerPort: 9187 },
        ],
        env: [
          {
            source: 'value',
            name: 'PGDATA',
            value: '/var/lib/postgresql/data/pgdata',
          },
          {
            source: 'secretKey',
            name: 'POSTGRES_PASSWORD',
            secretName: 'orders-db',
            key: 'password',
          },
          {
            source: 'configMapKey',
            name: 'LOCALE',
            configMapName: 'orders-db',
            key: 'locale',
            optional: true,
          },
          { source: 'fieldRef', name: 'POD_NAME', fieldPath: 'metadata.name' },
          {
            source: 'configMap',
            configMapName: 'orders-db-settings',
            prefix: 'PG_',
          },
          { source: 'secret', secretName: 'orders-db-extra' },
        ],
        probes: {
          liveness: {
            type: 'exec',
            exec: { command: ['pg_isready', '-U', 'postgres'] },
            initialDelaySeconds: 30,
          },
          readiness: {
            type: 'tcpSocket',
            tcpSocket: { port: 'postgres' },
            periodSeconds: 5,
          },
          startup: {
            type: 'httpGet',
            httpGet: {
              path: '/healthz',
              port: 9187,
              scheme: 'HTTP',
              httpHeaders: [{ name: 'X-Probe', value: 'startup' }],
            },
            failureThreshold: 30,
          },
        },
        lifecycle: {
          postStart: {
            type: 'exec',
            exec: { command: ['sh', '-c', 'echo started'] },
          },
          preStop: {
            type: 'httpGet',
            httpGet: {
              path: '/shutdown',
              port: 9187,
              host: 'localhost',
              scheme: 'HTTP',
            },
          },
        },
        volumeMounts: [
          { name: 'data', mountPath: '/var/lib/postgresql/data' },
          { name: 'config', mountPath: '/etc/postgresql', readOnly: true },
          { name: 'tls', mountPath: '/etc/tls', readOnly: true },
          { name: 'shm', mountPath: '/dev/shm' },
          { name: 'host-logs', mountPath: '/host/logs', subPath: 'orders' },
          { name: 'backup', mountPath: '/backup' },
        ],
        logs: [
          { logstore: 'orders-stdout', path: 'stdout' },
          {
            logstore: 'orders-db',
            path: '/var/log/postgresql/*.log',
            tags: { team: 'payments', env: 'prod' },
          },
        ],
      },
      {
        name: 'log-shipper',
        image: { repository: 'fluent/fluent-bit', tag: '3.1' },
        resources: {
          requests: { cpu: '50m', memory: '64Mi' },
          limits: { cpu: '100m', memory: '128Mi' },
        },
        probes: { readiness: { type: 'httpGet', httpGet: { port: 2020 } } },
        logs: [
          { logstore: 'shipper', path: '/var/log/postgresql/shipper.log' },
        ],
      },
    ],
    volumes: [
      {
        name: 'config',
        type: 'configMap',
        configMap: {
          name: 'orders-db-config',
          defaultMode: 0o644,
          optional: false,
        },
      },
      {
        name: 'tls',
        type: 'secret',
        secret: { secretName: 'orders-db-tls', defaultMode: 0o400 },
      },
      {
        name: 'shm',
        type: 'emptyDir',
        emptyDir: { medium: 'Memory', sizeLimit: '256Mi' },
      },
      {
        name: 'host-logs',
        type: 'hostPath',
        hostPath: { path: '/var/log/apps', type: 'DirectoryOrCreate' },
      },
      {
        name: 'backup',
        type: 'persistentVolumeClaim',
        persistentVolumeClaim: { claimName: 'orders-backup', readOnly: false },
      },
    ],
    volumeClaimTemplates: [
      {
        name: 'data',
        storageClassName: 'fast-ssd',
        storage: '50Gi',
        accessModes: ['ReadWriteOnce'],
      },
      { name: 'wal', storage: '10Gi', accessModes: ['ReadWriteOncePod'] },
    ],
    persistentVolumeClaimRetentionPolicy: {
      whenScaled: 'Delete',
      whenDeleted: 'Retain',
    },
    service: {
      enabled: true,
      type: 'NodePort',
      ports: [
        {
          name: 'postgres',
          port: 5432,
          targetPort: 'postgres',
          protocol: 'TCP',
          nodePort: 30432,
        },
        { name: 'metrics', port: 9187, targetPort: 9187 },
      ],
    },
    ingress: {
      enabled: true,
      className: 'nginx',
      rules: [
        {
          host: 'orders.example.com',
          paths: [
            { path: '/metrics', pathType: 'Exact', servicePort: 9187 },
            { path: '/', pathType: 'Prefix', servicePort: 'postgres' },
          ],
        },
        {
          paths: [
            {
              path: '/orders',
              pathType: 'ImplementationSpecific',
              servicePort: 9187,
            },
          ],
        },
      ],
      tls: [
        { hosts: ['orders.example.com'], secretName: 'orders-example-com-tls' },
      ],
    },
    autoscaling: {
      enabled: false,
      minReplicas: 2,
      maxReplicas: 6,
      cpuUtilization: 70,
      memoryUtilization: 80,
    },
    updateStrategy: { type: 'RollingUpdate', partition: 1, maxUnavailable: 1 },
    podManagementPolicy: 'Parallel',
    minReadySeconds: 10,
    scheduling: {
      nodeAffinity: {
        required: [
          {
            matchExpressions: [
              { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
            ],
          },
        ],
        preferred: [
          {
            weight: 50,
            matchExpressions: [
              { key: 'node.example.com/disk', operator: 'In', values: ['ssd'] },
            ],
          },
        ],
      },
      podAffinity: {
        preferred: [
          {
            weight: 20,
            term: {
              topologyKey: 'topology.kubernetes.io/zone',
              labelSelector: { matchLabels: { app: 'orders-api' } },
            },
          },
        ],
      },
      podAntiAffinity: {
        required: [
          {
            topologyKey: 'kubernetes.io/hostname',
            namespaces: ['payments'],
            labelSelector: {
              matchLabels: { 'app.kubernetes.io/name': 'orders-db' },
              matchExpressions: [{ key: 'tier', operator: 'Exists' }],
            },
          },
        ],
      },
      tolerations: [
        {
          key: 'dedicated',
          operator: 'Equal',
          value: 'database',
          effect: 'NoSchedule',
        },
        {
          key: 'node.kubernetes.io/unreachable',
          operator: 'Exists',
          effect: 'NoExecute',
          tolerationSeconds: 60,
        },
      ],
    },
    owner: 'group:default/payments',
    system: 'system:default/payments',
    description: 'Orders database: PostgreSQL with one claim per pod',
    cluster: 'local',
  };
}
