import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';
import { buildManifests } from './buildManifests';
import { fullInput, minimalInput, parseValues } from './__testUtils__/values';
import { validateAgainstSchema } from './__testUtils__/kubernetesSchemas';

const examplesDir = resolve(
  __dirname,
  '../../../../templates/statefulset/examples',
);

function readExample(file: string): unknown {
  return parse(readFileSync(resolve(examplesDir, file), 'utf8'));
}

const cases: Array<{ name: string; input: () => unknown; kinds: string[] }> = [
  {
    name: 'nginx example',
    input: () => readExample('nginx.yaml'),
    kinds: ['StatefulSet', 'Service', 'Service', 'Ingress'],
  },
  {
    name: 'full example',
    input: () => readExample('full.yaml'),
    kinds: [
      'StatefulSet',
      'Service',
      'Service',
      'Ingress',
      'HorizontalPodAutoscaler',
    ],
  },
  {
    name: 'minimal values',
    input: () => minimalInput(),
    kinds: ['StatefulSet', 'Service'],
  },
  {
    name: 'every field set',
    input: () => fullInput(),
    kinds: ['StatefulSet', 'Service', 'Service', 'Ingress'],
  },
  {
    name: 'every field with autoscaling',
    input: () => ({
      ...fullInput(),
      replicas: 1,
      autoscaling: {
        enabled: true,
        minReplicas: 2,
        maxReplicas: 6,
        cpuUtilization: 70,
        memoryUtilization: 80,
      },
    }),
    kinds: [
      'StatefulSet',
      'Service',
      'Service',
      'Ingress',
      'HorizontalPodAutoscaler',
    ],
  },
  {
    name: 'OnDelete and LoadBalancer',
    input: () => ({
      ...minimalInput({
        containers: [
          {
            name: 'db',
            image: { repository: 'postgres', tag: '16.4' },
            resources: { requests: { memory: '1Gi' } },
          },
        ],
      }),
      updateStrategy: { type: 'OnDelete' },
      service: {
        enabled: true,
        type: 'LoadBalancer',
        ports: [{ port: 5432, nodePort: 31000 }],
      },
      autoscaling: { enabled: true, maxReplicas: 3, memoryUtilization: 90 },
    }),
    kinds: ['StatefulSet', 'Service', 'Service', 'HorizontalPodAutoscaler'],
  },
];

describe('buildManifests against Kubernetes schemas', () => {
  it.each(cases)('validates objects of $name', ({ input, kinds }) => {
    const objects = buildManifests(parseValues(input()));

    expect(objects.map(object => object.kind)).toEqual(kinds);
    for (const object of objects) {
      expect(() => validateAgainstSchema(object)).not.toThrow();
    }
  });

  it('rejects an object the schema forbids', () => {
    const [statefulSet] = buildManifests(parseValues(minimalInput()));
    const broken = JSON.parse(JSON.stringify(statefulSet));
    broken.spec.template.spec.containers[0].ports = [{ containerPort: 'http' }];

    expect(() => validateAgainstSchema(broken)).toThrow(/containerPort/);
  });
});
