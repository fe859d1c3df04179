import { ConflictError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';

/**
 * A 409 response that carries machine-readable details beside the message,
 * sent to the caller as `error.details`.
 */
export class DetailedConflictError extends ConflictError {
  readonly details: JsonObject;

  constructor(message: string, details: JsonObject) {
    super(message);
    this.details = details;
  }
}
