import { V1StatefulSet } from '@kubernetes/client-node';
import { claimJson, podJson, statefulSetJson } from '../__testUtils__/fixtures';
import { detectGitOps } from './detectGitOps';
import { findBlockingPod } from './findBlockingPod';
import { formatLabelSelector } from './labelSelector';
import { summarizeClaims } from './summarizeClaims';
import { summarizeStatefulSet } from './summarizeStatefulSet';

function withOrdinalStart(set: V1StatefulSet, start: number): V1StatefulSet {
  return { ...set, spec: { ...set.spec!, ordinals: { start } } };
}

describe('summarizeClaims', () => {
  it('tells templates with dashes apart', () => {
    const set = statefulSetJson({
      name: 'db',
      replicas: 1,
      claimTemplates: ['data', 'data-db'],
    });
    const claims = [
      claimJson({ template: 'data-db', setName: 'db', ordinal: 0 }),
      claimJson({ template: 'data', setName: 'db', ordinal: 0 }),
    ];

    const summaries = summarizeClaims(set, claims);

    expect(summaries.map(claim => [claim.name, claim.template])).toEqual([
      ['data-db-0', 'data'],
      ['data-db-db-0', 'data-db'],
    ]);
  });

  it('ignores claims of other names', () => {
    const set = statefulSetJson({
      name: 'db',
      replicas: 1,
      claimTemplates: ['data'],
    });
    const claims = [
      claimJson({ template: 'data', setName: 'db-old', ordinal: 0 }),
      {
        ...claimJson({ template: 'data', setName: 'db', ordinal: 0 }),
        metadata: { name: 'data-db-x' },
      },
    ];

    expect(summarizeClaims(set, claims)).toEqual([]);
  });

  it('marks retained claims with an ordinal start', () => {
    const set = withOrdinalStart(
      statefulSetJson({ name: 'db', replicas: 2, claimTemplates: ['data'] }),
      5,
    );
    const claims = [4, 5, 6, 7].map(ordinal =>
      claimJson({ template: 'data', setName: 'db', ordinal }),
    );

    expect(
      summarizeClaims(set, claims).map(claim => [
        claim.ordinal,
        claim.retained,
      ]),
    ).toEqual([
      [4, true],
      [5, false],
      [6, false],
      [7, true],
    ]);
  });
});

describe('findBlockingPod', () => {
  it('names a missing lowest ordinal', () => {
    const set = statefulSetJson({ name: 'web', replicas: 3, readyReplicas: 1 });
    const pods = [podJson({ setName: 'web', ordinal: 0 })];

    expect(findBlockingPod(set, pods)).toMatchObject({
      ordinal: 1,
      podName: 'web-1',
    });
  });

  it('returns nothing when every pod is ready', () => {
    const set = statefulSetJson({ name: 'web', replicas: 2 });
    const pods = [0, 1].map(ordinal => podJson({ setName: 'web', ordinal }));

    expect(findBlockingPod(set, pods)).toBeUndefined();
  });
});

describe('formatLabelSelector', () => {
  it.each([
    [{ matchLabels: { app: 'web' } }, 'app=web'],
    [
      {
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['db', 'cache'] },
        ],
      },
      'tier in (db,cache)',
    ],
    [
      {
        matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }],
      },
      'tier notin (db)',
    ],
    [{ matchExpressions: [{ key: 'canary', operator: 'Exists' }] }, 'canary'],
    [
      { matchExpressions: [{ key: 'canary', operator: 'DoesNotExist' }] },
      '!canary',
    ],
    [
      {
        matchLabels: { app: 'web' },
        matchExpressions: [{ key: 'canary', operator: 'DoesNotExist' }],
      },
      'app=web,!canary',
    ],
  ])('formats %j', (selector, expected) => {
    expect(formatLabelSelector(selector)).toBe(expected);
  });
});

describe('detectGitOps', () => {
  it.each([
    [
      {
        annotations: {
          'argocd.argoproj.io/tracking-id': 'shop:apps/StatefulSet:default/web',
        },
      },
      { tool: 'argocd', owner: 'shop' },
    ],
    [
      { labels: { 'argocd.argoproj.io/instance': 'shop' } },
      { tool: 'argocd', owner: 'shop' },
    ],
    [
      {
        labels: {
          'kustomize.toolkit.fluxcd.io/name': 'apps',
          'kustomize.toolkit.fluxcd.io/namespace': 'flux-system',
        },
      },
      { tool: 'flux', owner: 'flux-system/apps' },
    ],
    [
      { labels: { 'helm.toolkit.fluxcd.io/name': 'web' } },
      { tool: 'flux', owner: 'web' },
    ],
    [{ labels: { app: 'web' } }, undefined],
  ])('reads %j', (metadata, expected) => {
    expect(detectGitOps(metadata)).toEqual(expected);
  });
});

describe('summarizeStatefulSet', () => {
  it('reports an OnDelete strategy and revisions', () => {
    const set = statefulSetJson({ name: 'web', replicas: 3 });
    set.spec!.updateStrategy = { type: 'OnDelete' };
    set.status = {
      ...set.status!,
      updatedReplicas: 1,
      currentRevision: 'web-1',
      updateRevision: 'web-2',
    };

    const summary = summarizeStatefulSet(set);

    expect(summary.updateStrategy).toEqual({
      type: 'OnDelete',
      partition: undefined,
      maxUnavailable: undefined,
    });
    expect(summary.updatedReplicas).toBe(1);
    expect(summary.desiredReplicas).toBe(3);
    expect(summary.updateRevision).toBe('web-2');
  });

  it('leaves out the last applied configuration', () => {
    const set = statefulSetJson({
      name: 'web',
      replicas: 1,
      annotations: {
        'kubectl.kubernetes.io/last-applied-configuration':
          '{"kind":"StatefulSet"}',
        'example.com/team': 'shop',
      },
    });

    expect(summarizeStatefulSet(set).annotations).toEqual({
      'example.com/team': 'shop',
    });
  });
});
