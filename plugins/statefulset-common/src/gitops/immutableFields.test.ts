import { StatefulSetValues } from '../model';
import { validateStatefulSetValues } from '../validation';
import { validValues } from '../validation/testValues';
import { findImmutableChanges } from './immutableFields';

function parsed(change: (values: Record<string, any>) => void = () => {}) {
  const input = validValues();
  change(input);
  const result = validateStatefulSetValues(input);
  if (!result.success) {
    throw new Error(JSON.stringify(result.errors));
  }
  return result.values as StatefulSetValues;
}

describe('findImmutableChanges', () => {
  it.each([
    {
      case: 'replicas, image and env change in place',
      change: (values: Record<string, any>) => {
        values.replicas = 4;
        values.containers[0].image.tag = '7.6';
        values.containers[0].env = [
          { source: 'value', name: 'MODE', value: 'on' },
        ];
      },
      paths: [],
    },
    {
      case: 'retention policy changes in place',
      change: (values: Record<string, any>) => {
        values.persistentVolumeClaimRetentionPolicy = { whenScaled: 'Delete' };
      },
      paths: [],
    },
    {
      case: 'claim size',
      change: (values: Record<string, any>) => {
        values.volumeClaimTemplates[0].storage = '2Gi';
      },
      paths: ['volumeClaimTemplates'],
    },
    {
      case: 'claim template removed',
      change: (values: Record<string, any>) => {
        delete values.volumeClaimTemplates;
        delete values.containers[0].volumeMounts;
      },
      paths: ['volumeClaimTemplates'],
    },
    {
      case: 'name',
      change: (values: Record<string, any>) => {
        values.name = 'cache-2';
      },
      paths: ['name'],
    },
    {
      case: 'namespace',
      change: (values: Record<string, any>) => {
        values.namespace = 'shop';
      },
      paths: ['namespace'],
    },
    {
      case: 'pod management policy',
      change: (values: Record<string, any>) => {
        values.podManagementPolicy = 'Parallel';
      },
      paths: ['podManagementPolicy'],
    },
    {
      case: 'policy spelled out as the default',
      change: (values: Record<string, any>) => {
        values.podManagementPolicy = 'OrderedReady';
      },
      paths: [],
    },
    {
      case: 'name and claims together',
      change: (values: Record<string, any>) => {
        values.name = 'cache-2';
        values.volumeClaimTemplates[0].accessModes = ['ReadWriteOncePod'];
      },
      paths: ['name', 'volumeClaimTemplates'],
    },
  ])('$case', ({ change, paths }) => {
    const errors = findImmutableChanges(parsed(), parsed(change));

    expect(errors.map(error => error.path)).toEqual(paths);
  });

  it('explains how to recreate the set', () => {
    const [error] = findImmutableChanges(
      parsed(),
      parsed(values => {
        values.volumeClaimTemplates[0].storage = '2Gi';
      }),
    );

    expect(error.message).toContain('spec.volumeClaimTemplates is immutable');
    expect(error.message).toContain(
      '`kubectl delete statefulset cache -n default --cascade=orphan`',
    );
    expect(error.message).toContain('kubectl apply -k');
  });

  it.each([
    { field: 'name', change: { name: 'cache-2' }, newSet: 'default/cache-2' },
    { field: 'namespace', change: { namespace: 'shop' }, newSet: 'shop/cache' },
  ])('explains a new set when $field changes', ({ change, newSet }) => {
    const [error] = findImmutableChanges(
      parsed(),
      parsed(values => Object.assign(values, change)),
    );

    expect(error.message).toContain(`creates a second StatefulSet ${newSet}`);
    expect(error.message).toContain('new, empty claims');
    expect(error.message).toContain('or changes that set if it exists already');
    expect(error.message).toContain(
      '`kubectl delete statefulset,service,ingress,horizontalpodautoscaler -n default -l app.kubernetes.io/instance=cache`',
    );
    expect(error.message).not.toContain('--cascade=orphan');
    expect(error.message).not.toContain('keeps the pods and claims');
  });

  it('says the update rejects a new name', () => {
    const [error] = findImmutableChanges(
      parsed(),
      parsed(values => Object.assign(values, { name: 'cache-2' })),
    );

    expect(error.message).toContain(
      'the template "Update stateful application" rejects it and pushes nothing',
    );
    expect(error.message).toContain(
      'Create the new set with the template "Stateful application" instead',
    );
  });

  it('ignores key order', () => {
    const before = parsed();
    const after = parsed();
    after.volumeClaimTemplates = after.volumeClaimTemplates!.map(template => {
      const { accessModes, storage, name } = template;
      return { storage, accessModes, name } as typeof template;
    });

    expect(findImmutableChanges(before, after)).toEqual([]);
  });
});
