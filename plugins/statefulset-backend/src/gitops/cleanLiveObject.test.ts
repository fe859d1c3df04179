import { cleanLiveStatefulSet } from './cleanLiveObject';

const live = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: {
    name: 'nginx',
    namespace: 'default',
    uid: '0b6c1d0e',
    resourceVersion: '812',
    generation: 4,
    creationTimestamp: new Date('2026-01-01T00:00:00Z'),
    managedFields: [{ manager: 'kubectl' }],
    labels: { app: 'nginx' },
    annotations: {
      'kubectl.kubernetes.io/last-applied-configuration':
        '{"kind":"StatefulSet"}',
    },
  },
  spec: {
    replicas: 3,
    template: {
      metadata: { creationTimestamp: null, labels: { app: 'nginx' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
    },
    volumeClaimTemplates: [
      {
        metadata: { name: 'data', creationTimestamp: null },
        spec: { resources: { requests: { storage: '1Gi' } } },
        status: { phase: 'Pending' },
      },
    ],
  },
  status: { replicas: 3, readyReplicas: 3 },
};

describe('cleanLiveStatefulSet', () => {
  it('drops status and server-set metadata', () => {
    const cleaned = cleanLiveStatefulSet(live) as any;

    expect(cleaned.status).toBeUndefined();
    expect(cleaned.metadata).toEqual({
      name: 'nginx',
      namespace: 'default',
      labels: { app: 'nginx' },
    });
  });

  it('cleans pod and claim templates', () => {
    const cleaned = cleanLiveStatefulSet(live) as any;

    expect(cleaned.spec.template.metadata).toEqual({
      labels: { app: 'nginx' },
    });
    expect(cleaned.spec.volumeClaimTemplates[0]).toEqual({
      metadata: { name: 'data' },
      spec: { resources: { requests: { storage: '1Gi' } } },
    });
  });

  it('keeps the input unchanged', () => {
    cleanLiveStatefulSet(live);

    expect(live.metadata.uid).toBe('0b6c1d0e');
    expect(live.status.replicas).toBe(3);
  });
});
