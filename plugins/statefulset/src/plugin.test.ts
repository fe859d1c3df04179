import type { Entity } from '@backstage/catalog-model';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isStatefulSetAvailable } from './lib/entityAvailability';
import { statefulSetEntityCard } from './extensions/statefulSetEntityCard';
import { statefulsetPlugin } from './plugin';

function entityWith(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'web', annotations },
  };
}

describe('statefulsetPlugin', () => {
  it('has plugin id statefulset', () => {
    expect(statefulsetPlugin.pluginId).toBe('statefulset');
  });

  it('provides API and entity card', () => {
    expect(statefulsetPlugin.getExtension('api:statefulset')).toBeDefined();
    expect(
      statefulsetPlugin.getExtension('entity-card:statefulset/statefulset'),
    ).toBeDefined();
  });
});

describe('statefulSetEntityCard', () => {
  const filter = createExtensionTester(statefulSetEntityCard).get(
    EntityCardBlueprint.dataRefs.filterFunction,
  );

  it.each([
    [{ 'backstage.io/kubernetes-id': 'web' }],
    [{ 'backstage.io/kubernetes-label-selector': 'app=web' }],
    [{ 'backstage.io/kubernetes-namespace': 'shop' }],
    [{}],
  ])('filter agrees with isStatefulSetAvailable for %j', annotations => {
    const entity = entityWith(annotations);

    expect(filter?.(entity)).toBe(isStatefulSetAvailable(entity));
  });
});
