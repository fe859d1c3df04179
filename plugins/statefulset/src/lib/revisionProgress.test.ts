import { makeFound } from '../__testUtils__/statusFixtures';
import { getRevisionProgress } from './revisionProgress';

describe('getRevisionProgress', () => {
  it('reports finished rolling update', () => {
    const progress = getRevisionProgress(makeFound());

    expect(progress.inProgress).toBe(false);
    expect(progress.summary).toBe('3 of 3 pods updated');
  });

  it('counts rolling update in progress', () => {
    const status = makeFound({
      statefulSet: { updateRevision: 'web-rev2', updatedReplicas: 1 },
    });

    const progress = getRevisionProgress(status);

    expect(progress.inProgress).toBe(true);
    expect(progress.summary).toBe('1 of 3 pods updated');
  });

  it('targets ordinals at or above partition', () => {
    const status = makeFound({
      statefulSet: {
        desiredReplicas: 5,
        updateRevision: 'web-rev2',
        updatedReplicas: 1,
        updateStrategy: { type: 'RollingUpdate', partition: 3 },
      },
    });

    const progress = getRevisionProgress(status);

    expect(progress.target).toBe(2);
    expect(progress.summary).toBe(
      '1 of 2 pods updated; partition 3 keeps ordinals below 3 on the current revision',
    );
  });

  it('shows updated over total for OnDelete', () => {
    const status = makeFound({
      statefulSet: {
        updateRevision: 'web-rev2',
        updatedReplicas: 1,
        updateStrategy: { type: 'OnDelete' },
      },
    });

    const progress = getRevisionProgress(status);

    expect(progress.target).toBe(3);
    expect(progress.summary).toBe(
      '1 of 3 pods updated; OnDelete updates the others only when you delete them',
    );
  });
});
