import { makeClaim, makeFound, makePod } from '../__testUtils__/statusFixtures';
import { buildOrdinalRows } from './ordinalRows';

describe('buildOrdinalRows', () => {
  it('sorts pods by ordinal', () => {
    const status = makeFound({
      pods: [makePod(2), makePod(0), makePod(1)],
    });

    const rows = buildOrdinalRows(status);

    expect(rows.map(row => row.podName)).toEqual(['web-0', 'web-1', 'web-2']);
    expect(rows.every(row => row.pod !== undefined)).toBe(true);
  });

  it('adds ordinals whose pod is missing', () => {
    const status = makeFound({ pods: [makePod(0)] });

    const rows = buildOrdinalRows(status);

    expect(rows).toHaveLength(3);
    expect(rows[1].pod).toBeUndefined();
    expect(rows[1].podName).toBe('web-1');
    expect(rows[1].beyondReplicas).toBe(false);
  });

  it('keeps claims of ordinals above replicas', () => {
    const status = makeFound({
      statefulSet: { desiredReplicas: 1 },
      pods: [makePod(0)],
      claims: [
        makeClaim(0),
        makeClaim(1, { retained: true }),
        makeClaim(2, { retained: true }),
      ],
    });

    const rows = buildOrdinalRows(status);

    expect(rows.map(row => row.ordinal)).toEqual([0, 1, 2]);
    expect(rows[1].beyondReplicas).toBe(true);
    expect(rows[1].pod).toBeUndefined();
    expect(rows[1].claims.map(claim => claim.name)).toEqual(['data-web-1']);
    expect(rows[2].claims[0].retained).toBe(true);
  });

  it('groups several claims per ordinal', () => {
    const status = makeFound({
      statefulSet: { desiredReplicas: 1, claimTemplates: ['logs', 'data'] },
      pods: [makePod(0)],
      claims: [
        makeClaim(0, { name: 'logs-web-0', template: 'logs' }),
        makeClaim(0),
      ],
    });

    const [row] = buildOrdinalRows(status);

    expect(row.claims.map(claim => claim.template)).toEqual(['data', 'logs']);
  });

  it('shows terminating pod beyond replicas', () => {
    const status = makeFound({
      statefulSet: { desiredReplicas: 1 },
      pods: [makePod(0), makePod(1, { terminating: true })],
      claims: [],
    });

    const rows = buildOrdinalRows(status);

    expect(rows).toHaveLength(2);
    expect(rows[1].pod?.terminating).toBe(true);
    expect(rows[1].beyondReplicas).toBe(true);
  });

  it('returns no rows at zero replicas', () => {
    const status = makeFound({ statefulSet: { desiredReplicas: 0 } });

    expect(buildOrdinalRows(status)).toEqual([]);
  });

  it('marks pods on update revision', () => {
    const status = makeFound({
      statefulSet: { currentRevision: 'web-rev1', updateRevision: 'web-rev2' },
      pods: [makePod(0), makePod(1), makePod(2, { revision: 'web-rev2' })],
    });

    const rows = buildOrdinalRows(status);

    expect(rows.map(row => row.updated)).toEqual([false, false, true]);
  });
});
