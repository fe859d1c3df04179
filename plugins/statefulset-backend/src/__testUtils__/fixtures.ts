import {
  CoreV1Event,
  V1PersistentVolumeClaim,
  V1Pod,
  V1StatefulSet,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';

/** Plain JSON objects as the API server sends them, built for tests. */

export function statefulSetJson(options: {
  name: string;
  namespace?: string;
  replicas: number;
  readyReplicas?: number;
  podManagementPolicy?: 'OrderedReady' | 'Parallel';
  claimTemplates?: string[];
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}): V1StatefulSet {
  const namespace = options.namespace ?? 'default';
  const selectorLabels = {
    'app.kubernetes.io/name': options.name,
    'app.kubernetes.io/instance': options.name,
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: {
      name: options.name,
      namespace,
      uid: `uid-${options.name}`,
      generation: 2,
      labels: { ...selectorLabels, ...options.labels },
      annotations: options.annotations,
      creationTimestamp: '2026-01-01T00:00:00Z' as unknown as Date,
    },
    spec: {
      replicas: options.replicas,
      serviceName: `${options.name}-headless`,
      podManagementPolicy: options.podManagementPolicy ?? 'OrderedReady',
      selector: { matchLabels: selectorLabels },
      template: {
        metadata: { labels: selectorLabels },
        spec: { containers: [{ name: 'main', image: 'nginx:1.27' }] },
      },
      updateStrategy: { type: 'RollingUpdate' },
      volumeClaimTemplates: (options.claimTemplates ?? []).map(template => ({
        metadata: { name: template },
        spec: {
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: '1Gi' } },
        },
      })),
    },
    status: {
      replicas: options.replicas,
      readyReplicas: options.readyReplicas ?? options.replicas,
      currentReplicas: options.replicas,
      updatedReplicas: options.replicas,
      availableReplicas: options.readyReplicas ?? options.replicas,
      observedGeneration: 2,
    },
  };
}

export function podJson(options: {
  setName: string;
  ordinal: number;
  namespace?: string;
  ready?: boolean;
  waitingReason?: string;
  waitingMessage?: string;
  ownerUid?: string;
}): V1Pod {
  const ready = options.ready ?? true;
  const name = `${options.setName}-${options.ordinal}`;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: options.namespace ?? 'default',
      labels: {
        'app.kubernetes.io/name': options.setName,
        'app.kubernetes.io/instance': options.setName,
        'controller-revision-hash': `${options.setName}-abc123`,
        'apps.kubernetes.io/pod-index': String(options.ordinal),
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'StatefulSet',
          name: options.setName,
          uid: options.ownerUid ?? `uid-${options.setName}`,
          controller: true,
        },
      ],
    },
    spec: {
      containers: [{ name: 'main', image: 'nginx:1.27' }],
      nodeName: 'node-a',
    },
    status: {
      phase: options.waitingReason ? 'Pending' : 'Running',
      conditions: [
        { type: 'PodScheduled', status: 'True' },
        { type: 'Ready', status: ready ? 'True' : 'False' },
      ],
      containerStatuses: [
        {
          name: 'main',
          image: 'nginx:1.27',
          imageID: '',
          ready,
          restartCount: 0,
          state: options.waitingReason
            ? {
                waiting: {
                  reason: options.waitingReason,
                  message: options.waitingMessage,
                },
              }
            : { running: {} },
        },
      ],
    },
  };
}

export function claimJson(options: {
  template: string;
  setName: string;
  ordinal: number;
  namespace?: string;
}): V1PersistentVolumeClaim {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: `${options.template}-${options.setName}-${options.ordinal}`,
      namespace: options.namespace ?? 'default',
      labels: {
        'app.kubernetes.io/name': options.setName,
        'app.kubernetes.io/instance': options.setName,
      },
    },
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '1Gi' } },
      storageClassName: 'standard',
    },
    status: { phase: 'Bound', capacity: { storage: '1Gi' } },
  };
}

export function autoscalerJson(options: {
  name: string;
  targetName: string;
  targetKind?: string;
  namespace?: string;
}): V2HorizontalPodAutoscaler {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: options.name, namespace: options.namespace ?? 'default' },
    spec: {
      scaleTargetRef: {
        apiVersion: 'apps/v1',
        kind: options.targetKind ?? 'StatefulSet',
        name: options.targetName,
      },
      minReplicas: 2,
      maxReplicas: 6,
    },
  };
}

export function eventJson(options: {
  setName: string;
  reason: string;
  message: string;
  lastTimestamp: string;
  type?: string;
}): CoreV1Event {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: `${options.setName}.${options.reason}`,
      namespace: 'default',
    },
    involvedObject: {
      kind: 'StatefulSet',
      name: options.setName,
      namespace: 'default',
    },
    reason: options.reason,
    message: options.message,
    type: options.type ?? 'Normal',
    count: 1,
    lastTimestamp: options.lastTimestamp as unknown as Date,
  };
}

/** A Kubernetes `Status` failure body, as the API server sends it. */
export function statusJson(code: number, reason: string, message: string) {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
  };
}
