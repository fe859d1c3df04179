import { mockServices } from '@backstage/backend-test-utils';
import {
  InputError,
  NotAllowedError,
  ServiceUnavailableError,
} from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { DetailedConflictError } from '../actions/DetailedConflictError';
import { KubernetesRequestError } from '../kubernetes/KubernetesRequestError';
import { createErrorHandler } from './errorHandler';

function appThrowing(error: Error) {
  const logger = mockServices.logger.mock();
  logger.child.mockReturnValue(logger);
  const app = express();
  app.get('/fail', () => {
    throw error;
  });
  app.use(createErrorHandler(logger));
  return { app, logger };
}

describe('createErrorHandler', () => {
  it.each([
    [new InputError('bad entityRef'), 400],
    [new NotAllowedError('denied'), 403],
    [new ServiceUnavailableError('no cluster'), 503],
    [new DetailedConflictError('changed', { currentReplicas: 4 }), 409],
    [new KubernetesRequestError({ reason: 'timedOut', message: 'slow' }), 504],
  ])('maps %s to its status', async (error, status) => {
    const { app } = appThrowing(error);

    const response = await request(app).get('/fail');

    expect(response.status).toBe(status);
    expect(response.body.error.name).toBe(error.name);
    expect(response.body.error.message).toBe(error.message);
    expect(response.body.error.stack).toBeUndefined();
    expect(response.body.response).toEqual({ statusCode: status });
  });

  it('adds the Kubernetes summary and conflict details', async () => {
    const kubernetes = await request(
      appThrowing(
        new KubernetesRequestError({
          reason: 'forbidden',
          message: 'may not update',
          verb: 'update',
        }),
      ).app,
    ).get('/fail');
    const conflict = await request(
      appThrowing(new DetailedConflictError('changed', { currentReplicas: 4 }))
        .app,
    ).get('/fail');

    expect(kubernetes.body.error.kubernetesError).toEqual({
      reason: 'forbidden',
      message: 'may not update',
      verb: 'update',
    });
    expect(conflict.body.error.details).toEqual({ currentReplicas: 4 });
  });

  it('hides an unexpected error', async () => {
    const { app, logger } = appThrowing(
      new TypeError('Cannot read properties of undefined'),
    );

    const response = await request(app).get('/fail');

    expect(response.status).toBe(500);
    expect(response.body.error.message).toBe(
      'Internal error in the statefulset plugin; the backend log has the details',
    );
    expect(response.text).not.toContain('Cannot read properties');
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('TypeError: Cannot read properties of undefined'),
    );
    expect(logger.error).not.toHaveBeenCalledWith(
      expect.stringMatching(/\n\s+at /),
    );
  });
});
