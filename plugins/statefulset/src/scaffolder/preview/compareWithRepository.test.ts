import { validateStatefulSetValues } from '@internal/backstage-plugin-statefulset-common';
import { compareWithRepository } from './compareWithRepository';
import type { RepositoryComparison } from './compareWithRepository';

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

function compared(comparison: RepositoryComparison) {
  if (comparison.kind !== 'compared') {
    throw new Error(`expected a comparison, got ${JSON.stringify(comparison)}`);
  }
  return comparison;
}

function invalid(comparison: RepositoryComparison) {
  if (comparison.kind !== 'invalid') {
    throw new Error(
      `expected invalid values, got ${JSON.stringify(comparison)}`,
    );
  }
  return comparison;
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
          rules: [
            { paths: [{ path: '/', pathType: 'Prefix', servicePort: 80 }] },
          ],
        },
      },
      files: [
        { path: 'manifests/service.yaml', change: 'added' },
        { path: 'manifests/ingress.yaml', change: 'added' },
        { path: 'kustomization.yaml', change: 'modified' },
        { path: 'values.yaml', change: 'modified' },
        { path: 'README.md', change: 'modified' },
      ],
    },
  ])('lists files for $case', ({ after, files }) => {
    const comparison = compared(
      compareWithRepository(parsed(base), parsed(after)),
    );

    expect(comparison.fileChanges).toEqual(files);
    expect(comparison.immutableChanges).toEqual([]);
  });

  it('lists a removed file', () => {
    const before = {
      ...base,
      service: { enabled: true, ports: [{ name: 'http', port: 80 }] },
    };

    const comparison = compared(
      compareWithRepository(parsed(before), parsed(base)),
    );

    expect(comparison.fileChanges).toContainEqual({
      path: 'manifests/service.yaml',
      change: 'removed',
    });
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
    const comparison = compared(
      compareWithRepository(
        parsed(base),
        parsed({ ...base, namespace: 'shop-2' }),
      ),
    );

    expect(comparison.immutableChanges.map(change => change.path)).toEqual([
      'namespace',
    ]);
  });

  it('rejects invalid stored values', () => {
    const comparison = invalid(
      compareWithRepository(
        { ...parsed(base), replicas: 'three' },
        parsed(base),
      ),
    );

    expect(comparison.errors.map(error => error.path)).toEqual(['replicas']);
  });
});
