/**
 * Minimal valid values for tests; each call returns a new object that a test
 * may change.
 */
export function validValues(): Record<string, any> {
  return {
    name: 'cache',
    containers: [
      {
        name: 'redis',
        image: { repository: 'redis', tag: '7.4' },
        resources: { requests: { cpu: '100m', memory: '128Mi' } },
        ports: [{ name: 'redis', containerPort: 6379 }],
        volumeMounts: [{ name: 'data', mountPath: '/data' }],
      },
    ],
    volumeClaimTemplates: [
      { name: 'data', storage: '1Gi', accessModes: ['ReadWriteOnce'] },
    ],
    service: {
      enabled: true,
      ports: [{ name: 'redis', port: 6379, targetPort: 'redis' }],
    },
    owner: 'group:default/guests',
  };
}
