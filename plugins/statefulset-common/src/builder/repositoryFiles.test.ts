import {
  componentEntityV1alpha1Validator,
  Entity,
} from '@backstage/catalog-model';
import { parse, parseAllDocuments } from 'yaml';
import { buildRepositoryFiles } from './repositoryFiles';
import { renderManifestsYaml } from './renderManifestsYaml';
import { validateAgainstSchema } from './__testUtils__/kubernetesSchemas';
import { fullInput, minimalInput, parseValues } from './__testUtils__/values';

function filesOf(input: Record<string, unknown>, options = {}) {
  const files = buildRepositoryFiles(parseValues(input), options);
  return new Map(files.map(file => [file.path, file.content]));
}

describe('buildRepositoryFiles', () => {
  const layoutCases: Array<[string, () => Record<string, unknown>, string[]]> =
    [
      [
        'minimal values',
        () => minimalInput(),
        ['manifests/statefulset.yaml', 'manifests/service-headless.yaml'],
      ],
      [
        'every field',
        () => ({
          ...fullInput(),
          replicas: 1,
          autoscaling: { enabled: true, maxReplicas: 4, cpuUtilization: 80 },
        }),
        [
          'manifests/statefulset.yaml',
          'manifests/service-headless.yaml',
          'manifests/service.yaml',
          'manifests/ingress.yaml',
          'manifests/hpa.yaml',
        ],
      ],
    ];

  it.each(layoutCases)('lists manifests of %s', (_case, input, manifests) => {
    const files = filesOf(input());
    const kustomization = parse(files.get('kustomization.yaml')!);

    expect([...files.keys()]).toEqual([
      ...manifests,
      'kustomization.yaml',
      'catalog-info.yaml',
      'values.yaml',
      'README.md',
    ]);
    expect(kustomization).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: parseValues(input()).namespace,
      resources: manifests,
    });
  });

  it('writes one valid object per manifest', () => {
    const manifests = [...filesOf(fullInput()).entries()].filter(([path]) =>
      path.startsWith('manifests/'),
    );

    expect(manifests).toHaveLength(4);
    for (const [, content] of manifests) {
      const documents = parseAllDocuments(content) as any[];
      expect(documents).toHaveLength(1);
      expect(() => validateAgainstSchema(documents[0].toJS())).not.toThrow();
    }
  });

  it('matches the rendered stream', () => {
    const files = filesOf(fullInput());
    const manifests = [...files.entries()]
      .filter(([path]) => path.startsWith('manifests/'))
      .map(([, content]) => content);

    expect(manifests.join('---\n')).toBe(
      renderManifestsYaml(parseValues(fullInput())),
    );
  });

  it('writes a valid catalog component', async () => {
    const entity = parse(
      filesOf(fullInput()).get('catalog-info.yaml')!,
    ) as Entity;

    await expect(componentEntityV1alpha1Validator.check(entity)).resolves.toBe(
      true,
    );
    expect(entity.metadata.name).toBe('orders-db');
    expect(entity.metadata.description).toBe(
      'Orders database: PostgreSQL with one claim per pod',
    );
    expect(entity.spec).toEqual({
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments',
      system: 'system:default/payments',
    });
  });

  it('links the entity to its workload', () => {
    const entity = parse(
      filesOf(fullInput()).get('catalog-info.yaml')!,
    ) as Entity;

    expect(entity.metadata.annotations).toEqual({
      'backstage.io/kubernetes-id': 'orders-db',
      'backstage.io/kubernetes-namespace': 'payments',
      'backstage.io/kubernetes-label-selector':
        'app.kubernetes.io/name=orders-db,app.kubernetes.io/instance=orders-db',
      'backstage.io/kubernetes-cluster': 'local',
    });
  });

  it('takes lifecycle and source location from options', () => {
    const files = filesOf(minimalInput(), {
      lifecycle: 'experimental',
      sourceLocation: 'url:https://git.example.com/team/db/tree/main/',
    });
    const entity = parse(files.get('catalog-info.yaml')!) as Entity;

    expect(entity.spec?.lifecycle).toBe('experimental');
    expect(entity.metadata.annotations?.['backstage.io/source-location']).toBe(
      'url:https://git.example.com/team/db/tree/main/',
    );
    expect(
      entity.metadata.annotations?.['backstage.io/kubernetes-cluster'],
    ).toBeUndefined();
  });

  it('renders values.yaml back to the same manifests', () => {
    const values = parseValues(fullInput());
    const stored = parse(filesOf(fullInput()).get('values.yaml')!, {
      version: '1.1',
    });

    expect(parseValues(stored)).toEqual(values);
    expect(renderManifestsYaml(parseValues(stored))).toBe(
      renderManifestsYaml(values),
    );
  });

  it('stores form and file values alike', () => {
    const fromForm = {
      ...minimalInput(),
      timezoneSync: false,
      imagePullSecrets: [],
      initContainers: [],
      volumes: [],
      labels: { tier: 'db' },
      containers: [
        {
          name: 'db',
          image: { repository: 'postgres', tag: '16.4' },
          env: [],
          ports: [],
        },
      ],
    };
    const fromFile = { ...minimalInput(), labels: { tier: 'db' } };

    const stored = filesOf(fromForm).get('values.yaml')!;

    expect(stored).toBe(filesOf(fromFile).get('values.yaml'));
    expect(stored).not.toContain('[]');
    expect(stored).toContain('timezoneSync: false');
  });
});

describe('repository README', () => {
  const readme = () =>
    filesOf(fullInput(), {
      repositoryUrl: 'https://git.example.com/team/orders-db.git',
    }).get('README.md')!;

  it('explains how to apply', () => {
    expect(readme()).toContain('kubectl apply -k .');
    expect(readme()).toContain(
      'kubectl --namespace payments rollout status statefulset/orders-db',
    );
  });

  it('lists every file', () => {
    for (const path of [
      'manifests/statefulset.yaml',
      'kustomization.yaml',
      'catalog-info.yaml',
      'values.yaml',
    ]) {
      expect(readme()).toContain(`| \`${path}\` |`);
    }
  });

  it('shows valid GitOps examples', () => {
    const blocks = [...readme().matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      match => match[1],
    );
    const objects = blocks.flatMap(block =>
      (parseAllDocuments(block) as any[]).map(document => document.toJS()),
    );

    expect(objects.map(object => object.kind)).toEqual([
      'Application',
      'GitRepository',
      'Kustomization',
    ]);
    expect(objects[0].spec.source.repoURL).toBe(
      'https://git.example.com/team/orders-db.git',
    );
    expect(objects[0].spec.destination.namespace).toBe('payments');
    expect(objects[1].spec.url).toBe(
      'https://git.example.com/team/orders-db.git',
    );
    expect(objects[2].spec.targetNamespace).toBe('payments');
  });

  it('names fields that change in place', () => {
    const inPlace = readme().split('It rejects changes')[0];

    for (const field of [
      'replicas',
      'template',
      'updateStrategy',
      'persistentVolumeClaimRetentionPolicy',
      'minReadySeconds',
      'ordinals',
    ]) {
      expect(inPlace).toContain(`- \`${field}\``);
    }
  });

  it('explains replacing the set for immutable fields', () => {
    const text = readme();

    for (const field of [
      'volumeClaimTemplates',
      'serviceName',
      'selector',
      'podManagementPolicy',
    ]) {
      expect(text.split('It rejects changes')[1]).toContain(`\`${field}\``);
    }
    expect(text).toContain(
      'kubectl --namespace payments delete statefulset/orders-db --cascade=orphan',
    );
  });
});
