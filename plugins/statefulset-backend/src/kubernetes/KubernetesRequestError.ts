import { CustomErrorBase } from '@backstage/errors';
import { KubernetesErrorSummary } from '@internal/backstage-plugin-statefulset-common';

/** HTTP status of the plugin's route responses for each kind of Kubernetes failure. */
const STATUS_CODES: Record<KubernetesErrorSummary['reason'], number> = {
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  invalid: 422,
  unauthorized: 502,
  unreachable: 502,
  timedOut: 504,
  unknown: 502,
};

/**
 * A failed Kubernetes API request, carrying the summary that the routes send
 * to the card as `error.kubernetesError`.
 */
export class KubernetesRequestError extends CustomErrorBase {
  name = 'KubernetesRequestError' as const;
  readonly summary: KubernetesErrorSummary;
  readonly statusCode: number;

  constructor(summary: KubernetesErrorSummary) {
    super(summary.message);
    this.summary = summary;
    this.statusCode = STATUS_CODES[summary.reason];
  }
}
