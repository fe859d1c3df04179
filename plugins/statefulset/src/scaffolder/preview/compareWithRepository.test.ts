import { validateStatefulSetValues } from '@internal/backstage-plugin-statefulset-common';
import { compareWithRepository } from './compareWithRepository';

const base = {
  name: 'web',
  namespace: 'shop',
  owner: 'group:default/shop',
  containers: [{ name: 'web', image: { repository: 'nginx', tag: '1.27.3' } }],
};

function parsed(values: object) {
  const result = validateStatefulSetValues(values);
  if (!result.success) throw new Error(JSON.stringify(result.errors));
  return result.values;
}

describe('compareWithRepository', () => {
  it.each([
    {
      case: 'replicas change',
      after: { ...base, replicas: 2 },
      files: [
        { path: 'manifests/statefulset.yaml', change: 'modified' },
        { path: 'values.yaml', change: 'modified' },
      ],
    },
    {
      case: 'ingress added',
      after: {
        ...base,
        service: { enabled: true, ports: [{ name: 'http', port: 80 }] },
        ingress: {
          enabled: true,
          rules: [{ paths: [{ path: '/', pathType: 'Prefix', servicePort: 80 }] }],
        },
      },
      files: [
        { path: 'manifests/service.yaml', change: 'added' },
        { path: 'manifests/ingress.yaml', change: 'added' },
      ],
    },
  ])('lists files for $case', ({ after, files }) => {
    const comparison = compareWithRepository(parsed(base), parsed(after));

    expect(comparison.kind).toBe('compared');
    if (comparison.kind === 'compared') {
      for (const file of files) {
        expect(comparison.fileChanges).toContainEqual(file);
      }
      expect(comparison.immutableChanges).toEqual([]);
    }
  });

  it('lists a removed file', () => {
    const before = {
      ...base,
      service: { enabled: true, ports: [{ name: 'http', port: 80 }] },
    };

    const comparison = compareWithRepository(parsed(before), parsed(base));

    expect(comparison.kind).toBe('compared');
    if (comparison.kind === 'compared') {
      expect(comparison.fileChanges).toContainEqual({
        path: 'manifests/service.yaml',
        change: 'removed',
      });
    }
  });

  it('finds no change for equal values', () => {
    const comparison = compareWithRepository(parsed(base), parsed(base));

    expect(comparison).toEqual({
      kind: 'compared',
      immutableChanges: [],
      fileChanges: [],
    });
  });

  it('reports a namespace change', () => {
    const comparison = compareWithRepository(
      parsed(base),
      parsed({ ...base, namespace: 'shop-2' }),
    );

    expect(comparison.kind).toBe('compared');
    if (comparison.kind === 'compared') {
      expect(comparison.immutableChanges.map(change => change.path)).toEqual([
        'namespace',
      ]);
    }
  });

  it('rejects invalid stored values', () => {
    const comparison = compareWithRepository(
      { ...parsed(base), replicas: 'three' },
      parsed(base),
    );

    expect(comparison.kind).toBe('invalid');
    if (comparison.kind === 'invalid') {
      expect(comparison.errors.map(error => error.path)).toEqual(['replicas']);
    }
  });
});
