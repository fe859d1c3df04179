import type { Entity } from '@backstage/catalog-model';
import { isStatefulSetAvailable } from './entityAvailability';
import { formatAge } from './formatAge';
import { formatCount, formatNameList } from './formatNameList';
import { getPodStatusKind } from './podStatus';
import { getSourceRepositoryUrl } from './sourceRepositoryUrl';
import { makePod } from '../__testUtils__/statusFixtures';

function entityWith(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'web', annotations },
  };
}

describe('isStatefulSetAvailable', () => {
  it.each([
    [{ 'backstage.io/kubernetes-id': 'web' }, true],
    [{ 'backstage.io/kubernetes-label-selector': 'app=web' }, true],
    [{ 'backstage.io/kubernetes-namespace': 'shop' }, false],
    [{}, false],
  ])('annotations %j give %s', (annotations, available) => {
    expect(isStatefulSetAvailable(entityWith(annotations))).toBe(available);
  });
});

describe('getSourceRepositoryUrl', () => {
  it.each([
    [
      { 'backstage.io/view-url': 'https://git.example/web' },
      'https://git.example/web',
    ],
    [
      {
        'backstage.io/source-location':
          'url:https://git.example/web/tree/main/',
      },
      'https://git.example/web/tree/main/',
    ],
    [{ 'backstage.io/source-location': 'file:/srv/web' }, undefined],
    [{}, undefined],
  ])('annotations %j give %s', (annotations, url) => {
    expect(getSourceRepositoryUrl(entityWith(annotations))).toBe(url);
  });
});

describe('formatAge', () => {
  const now = new Date('2026-12-04T12:00:00Z');

  it.each([
    ['2026-12-04T11:59:15Z', '45s'],
    ['2026-12-04T11:48:00Z', '12m'],
    ['2026-12-04T07:00:00Z', '5h'],
    ['2026-12-01T12:00:00Z', '3d'],
    ['not a date', '-'],
    [undefined, '-'],
  ])('formats %s as %s', (timestamp, age) => {
    expect(formatAge(timestamp, now)).toBe(age);
  });
});

describe('formatNameList', () => {
  it('lists short lists in full', () => {
    expect(formatNameList(['web-3', 'web-4'])).toBe('web-3, web-4');
  });

  it('shortens long lists with total', () => {
    const names = Array.from({ length: 38 }, (_, i) => `web-${i + 3}`);

    expect(formatNameList(names)).toBe('web-3, web-4, …, web-40 (38)');
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0 pods'],
    [1, '1 pod'],
    [2, '2 pods'],
  ])('formats %d pods', (count, text) => {
    expect(formatCount(count, 'pod')).toBe(text);
  });
});

describe('getPodStatusKind', () => {
  it.each([
    [makePod(0), 'ok'],
    [makePod(0, { ready: false }), 'pending'],
    [makePod(0, { phase: 'Pending', ready: false }), 'pending'],
    [makePod(0, { terminating: true }), 'pending'],
    [makePod(0, { ready: false, reason: 'ImagePullBackOff' }), 'error'],
    [makePod(0, { ready: false, reason: 'CrashLoopBackOff' }), 'error'],
    [makePod(0, { phase: 'Failed', ready: false }), 'error'],
  ])('classifies pod %#', (pod, kind) => {
    expect(getPodStatusKind(pod)).toBe(kind);
  });
});
