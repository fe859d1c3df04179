import { buildManifests } from './buildManifests';
import { fullInput, parseValues } from './__testUtils__/values';

function allObjectsInput() {
  return {
    ...fullInput(),
    autoscaling: {
      enabled: true,
      maxReplicas: 6,
      cpuUtilization: 70,
    },
  };
}

describe('buildManifests', () => {
  it('labels every object for Backstage', () => {
    const objects = buildManifests(parseValues(allObjectsInput()));

    expect(objects).toHaveLength(5);
    for (const object of objects) {
      expect(object.metadata.labels?.['backstage.io/kubernetes-id']).toBe(
        'orders-db',
      );
      expect(object.metadata.labels?.['app.kubernetes.io/name']).toBe(
        'orders-db',
      );
      expect(object.metadata.labels?.['app.kubernetes.io/instance']).toBe(
        'orders-db',
      );
      expect(object.metadata.labels?.['app.kubernetes.io/managed-by']).toBe(
        'backstage',
      );
      expect(object.metadata.labels?.team).toBe('payments');
    }
  });

  it('puts every object in the namespace', () => {
    const objects = buildManifests(parseValues(allObjectsInput()));

    for (const object of objects) {
      expect(object.metadata.namespace).toBe('payments');
    }
  });

  it('names objects after the set', () => {
    const objects = buildManifests(parseValues(allObjectsInput()));

    expect(
      objects.map(object => `${object.kind}/${object.metadata.name}`),
    ).toEqual([
      'StatefulSet/orders-db',
      'Service/orders-db-headless',
      'Service/orders-db',
      'Ingress/orders-db',
      'HorizontalPodAutoscaler/orders-db',
    ]);
  });

  it('returns new objects on each call', () => {
    const values = parseValues(allObjectsInput());
    const first = buildManifests(values);
    first[0].metadata.labels!.changed = 'yes';

    expect(buildManifests(values)[0].metadata.labels?.changed).toBeUndefined();
  });
});
