import { buildHorizontalPodAutoscaler } from './horizontalPodAutoscaler';
import { minimalInput, parseValues } from './__testUtils__/values';

function inputWithAutoscaling(autoscaling: Record<string, unknown>) {
  return minimalInput({
    containers: [
      {
        name: 'db',
        image: { repository: 'postgres', tag: '16.4' },
        resources: { requests: { cpu: '500m', memory: '1Gi' } },
      },
    ],
    autoscaling,
  });
}

describe('buildHorizontalPodAutoscaler', () => {
  it('targets the StatefulSet through apps/v1', () => {
    const hpa = buildHorizontalPodAutoscaler(
      parseValues(
        inputWithAutoscaling({
          enabled: true,
          maxReplicas: 5,
          cpuUtilization: 75,
        }),
      ),
    )!;

    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      name: 'db',
    });
    expect(hpa.metadata.labels?.['backstage.io/kubernetes-id']).toBe('db');
  });

  const metricCases: Array<[string, Record<string, number>, string[]]> = [
    ['cpu', { cpuUtilization: 75 }, ['cpu:75']],
    ['memory', { memoryUtilization: 60 }, ['memory:60']],
    [
      'cpu and memory',
      { cpuUtilization: 120, memoryUtilization: 60 },
      ['cpu:120', 'memory:60'],
    ],
  ];

  it.each(metricCases)(
    'writes utilization for %s',
    (_case, targets, expected) => {
      const hpa = buildHorizontalPodAutoscaler(
        parseValues(
          inputWithAutoscaling({
            enabled: true,
            minReplicas: 2,
            maxReplicas: 5,
            ...targets,
          }),
        ),
      )!;

      expect(hpa.spec.minReplicas).toBe(2);
      expect(hpa.spec.maxReplicas).toBe(5);
      expect(
        hpa.spec.metrics?.map(
          metric =>
            `${metric.resource.name}:${metric.resource.target.averageUtilization}`,
        ),
      ).toEqual(expected);
      expect(
        hpa.spec.metrics?.every(
          metric => metric.resource.target.type === 'Utilization',
        ),
      ).toBe(true);
    },
  );

  it('is absent when disabled', () => {
    const values = parseValues(
      inputWithAutoscaling({
        enabled: false,
        maxReplicas: 5,
        cpuUtilization: 75,
      }),
    );

    expect(buildHorizontalPodAutoscaler(values)).toBeUndefined();
  });
});
