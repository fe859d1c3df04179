import { KubernetesErrorSummary } from '@internal/backstage-plugin-statefulset-common';
import { KubernetesRequestError } from '../kubernetes/KubernetesRequestError';

/** Turns a failed request into the summary the card shows. */
export function toErrorSummary(error: unknown): KubernetesErrorSummary {
  if (error instanceof KubernetesRequestError) {
    return error.summary;
  }
  return {
    reason: 'unknown',
    message: error instanceof Error ? error.message : String(error),
  };
}
