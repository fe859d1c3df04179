import { ResponseError } from '@backstage/errors';
import { describeActionError, readScaleConflict } from './actionMessages';

async function responseError(status: number, error: object) {
  const response = new Response(
    JSON.stringify({
      error: { name: 'ConflictError', ...error },
      request: { method: 'POST', url: '/api/statefulset/scale' },
      response: { statusCode: status },
    }),
    { status, headers: { 'Content-Type': 'application/json' } },
  );
  return ResponseError.fromResponse(response);
}

describe('readScaleConflict', () => {
  it('reads both replica counts from 409', async () => {
    const error = await responseError(409, {
      message: 'now has 4 replicas',
      details: { currentReplicas: 4, expectedReplicas: 2 },
    });

    expect(readScaleConflict(error)).toEqual({
      currentReplicas: 4,
      expectedReplicas: 2,
    });
  });

  it('ignores autoscaler conflict', async () => {
    const error = await responseError(409, {
      message: 'HorizontalPodAutoscaler "web" sets the replica count',
      details: { autoscaler: 'web', minReplicas: 2, maxReplicas: 5 },
    });

    expect(readScaleConflict(error)).toBeUndefined();
  });

  it('ignores other statuses', async () => {
    const error = await responseError(400, { message: 'invalid' });

    expect(readScaleConflict(error)).toBeUndefined();
  });
});

describe('describeActionError', () => {
  it('names missing RBAC permission', async () => {
    const error = await responseError(403, {
      name: 'KubernetesRequestError',
      message: 'forbidden',
      kubernetesError: {
        reason: 'forbidden',
        message: 'cannot patch resource',
        verb: 'patch',
        resource: 'statefulsets/scale',
        namespace: 'shop',
      },
    });

    expect(describeActionError(error, 'prod')).toContain(
      'may not patch statefulsets/scale in namespace shop',
    );
  });

  it('uses backend message otherwise', async () => {
    const error = await responseError(403, {
      name: 'NotAllowedError',
      message: 'You may not scale the StatefulSet of component:default/web',
    });

    expect(describeActionError(error, 'prod')).toBe(
      'You may not scale the StatefulSet of component:default/web',
    );
  });
});
