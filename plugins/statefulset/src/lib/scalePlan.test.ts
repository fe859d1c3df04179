import { makeClaim, makeFound } from '../__testUtils__/statusFixtures';
import { planScale } from './scalePlan';

describe('planScale', () => {
  it('creates higher ordinals on scale-up', () => {
    const plan = planScale(makeFound(), 5);

    expect(plan.from).toBe(3);
    expect(plan.createdOrdinals).toEqual([3, 4]);
    expect(plan.removedOrdinals).toEqual([]);
    expect(plan.newClaims).toEqual(['data-web-3', 'data-web-4']);
    expect(plan.reusedClaims).toEqual([]);
  });

  it('removes highest ordinals first on scale-in', () => {
    const plan = planScale(makeFound(), 1);

    expect(plan.removedOrdinals).toEqual([2, 1]);
    expect(plan.createdOrdinals).toEqual([]);
  });

  it('keeps claims when whenScaled is Retain', () => {
    const plan = planScale(makeFound(), 1);

    expect(plan.keptClaims.sort()).toEqual(['data-web-1', 'data-web-2']);
    expect(plan.deletedClaims).toEqual([]);
  });

  it('deletes claims when whenScaled is Delete', () => {
    const status = makeFound({
      statefulSet: {
        persistentVolumeClaimRetentionPolicy: {
          whenScaled: 'Delete',
          whenDeleted: 'Retain',
        },
      },
    });

    const plan = planScale(status, 2);

    expect(plan.deletedClaims).toEqual(['data-web-2']);
    expect(plan.keptClaims).toEqual([]);
  });

  it('reuses claims kept from earlier scale-in', () => {
    const status = makeFound({
      statefulSet: { desiredReplicas: 1 },
      claims: [makeClaim(0), makeClaim(1, { retained: true })],
    });

    const plan = planScale(status, 3);

    expect(plan.createdOrdinals).toEqual([1, 2]);
    expect(plan.reusedClaims).toEqual(['data-web-1']);
    expect(plan.newClaims).toEqual(['data-web-2']);
  });

  it('plans no claims without claim templates', () => {
    const status = makeFound({
      statefulSet: { claimTemplates: [] },
      claims: [],
    });

    const plan = planScale(status, 5);

    expect(plan.createdOrdinals).toEqual([3, 4]);
    expect(plan.newClaims).toEqual([]);
  });

  it('plans nothing for same count', () => {
    const plan = planScale(makeFound(), 3);

    expect(plan.createdOrdinals).toEqual([]);
    expect(plan.removedOrdinals).toEqual([]);
    expect(plan.keptClaims).toEqual([]);
  });

  it('scales to zero removing every ordinal', () => {
    const plan = planScale(makeFound(), 0);

    expect(plan.removedOrdinals).toEqual([2, 1, 0]);
    expect(plan.keptClaims).toHaveLength(3);
  });
});
