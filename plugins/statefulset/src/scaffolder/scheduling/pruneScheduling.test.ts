import { pruneScheduling } from './pruneScheduling';

describe('pruneScheduling', () => {
  it('drops lists that a form filled empty', () => {
    expect(
      pruneScheduling({
        nodeAffinity: { required: [], preferred: [] },
        podAffinity: { required: [] },
        podAntiAffinity: {},
        tolerations: [],
      }),
    ).toBeUndefined();
  });

  it('keeps filled terms and tolerations', () => {
    const required = [
      {
        matchExpressions: [
          { key: 'disktype', operator: 'In', values: ['ssd'] },
        ],
      },
    ];
    const tolerations = [{ key: 'dedicated', operator: 'Exists' }];

    expect(
      pruneScheduling({
        nodeAffinity: { required, preferred: [] },
        tolerations,
      }),
    ).toEqual({
      nodeAffinity: { required },
      tolerations,
    });
  });

  it('keeps an empty label selector inside a term', () => {
    const term = { topologyKey: 'kubernetes.io/hostname', labelSelector: {} };

    expect(pruneScheduling({ podAntiAffinity: { required: [term] } })).toEqual({
      podAntiAffinity: { required: [term] },
    });
  });
});
