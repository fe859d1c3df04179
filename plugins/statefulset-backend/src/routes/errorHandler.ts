import { LoggerService } from '@backstage/backend-plugin-api';
import { ErrorResponseBody } from '@backstage/errors';
import { ErrorRequestHandler, Request } from 'express';
import { KubernetesRequestError } from '../kubernetes/KubernetesRequestError';
import { DetailedConflictError } from '../actions/DetailedConflictError';

/** HTTP status of the error classes of @backstage/errors, by error name. */
const STATUS_BY_NAME: Record<string, number> = {
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  NotImplementedError: 501,
  ServiceUnavailableError: 503,
};

/**
 * Turns errors of the plugin's routes into Backstage's error response body,
 * without the stack trace that the default handler adds in development.
 * Kubernetes failures carry their summary as `error.kubernetesError`, and
 * conflicts their numbers as `error.details`.
 */
export function createErrorHandler(logger: LoggerService): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }

    // body-parser marks client errors such as malformed JSON with `expose`.
    const isBodyError =
      error?.expose === true && typeof error?.statusCode === 'number';

    const name: string = isBodyError ? 'InputError' : error?.name ?? 'Error';
    let statusCode = STATUS_BY_NAME[name] ?? 500;
    if (error instanceof KubernetesRequestError) {
      statusCode = error.statusCode;
    } else if (isBodyError) {
      statusCode = error.statusCode;
    }

    let message = String(error?.message ?? '');
    if (isBodyError) {
      message = `Invalid request body: ${message}; send JSON with Content-Type application/json`;
    } else if (statusCode === 500) {
      message =
        'Internal error in the statefulset plugin; the backend log has the details';
    }

    const log = logger.child(requestIds(req));
    if (statusCode >= 500) {
      log.error(
        `${req.method} ${req.path} failed with ${statusCode}: ${name}: ${error?.message}`,
      );
    } else {
      log.info(
        `${req.method} ${req.path} responded with ${statusCode}: ${message}`,
      );
    }

    const body: ErrorResponseBody = {
      error: {
        name,
        message,
        ...(error instanceof KubernetesRequestError
          ? { kubernetesError: { ...error.summary } }
          : {}),
        ...(error instanceof DetailedConflictError
          ? { details: error.details }
          : {}),
      },
      request: { method: req.method, url: req.originalUrl },
      response: { statusCode },
    };
    res.status(statusCode).json(body);
  };
}

/** Entity ref and cluster of the request, when it names them, for log lines. */
function requestIds(req: Request): Record<string, string> {
  const ids: Record<string, string> = {};
  const source = { ...req.query, ...(req.body ?? {}) };
  for (const key of ['entityRef', 'cluster']) {
    if (typeof source[key] === 'string') {
      ids[key] = source[key];
    }
  }
  return ids;
}
