import { ApiException } from '@kubernetes/client-node';
import { KubernetesErrorSummary } from '@internal/backstage-plugin-statefulset-common';
import { KubernetesRequest, describeRequest } from './KubernetesRequest';

/** Fields of a Kubernetes `Status` object that failures carry. */
interface KubernetesStatus {
  kind?: string;
  message?: string;
  reason?: string;
  code?: number;
}

/** Node.js and TLS error codes that mean the API server could not be reached. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
]);

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * Matches the RBAC part of a Forbidden message, e.g.
 * `User "system:serviceaccount:backstage:portal" cannot patch resource
 * "statefulsets/scale" in API group "apps" in the namespace "shop"`.
 */
const FORBIDDEN_PATTERN =
  /cannot (\S+) resource "([^"]+)" in API group "([^"]*)"(?: in the namespace "([^"]+)")?/;

/**
 * Turns a failure of a Kubernetes API request into a summary a user can act
 * on. The summary never contains the raw response headers, the token or a
 * stack trace.
 */
export function summarizeKubernetesError(
  error: unknown,
  request: KubernetesRequest,
): KubernetesErrorSummary {
  if (error instanceof ApiException) {
    return summarizeApiException(error, request);
  }

  const { name, code } = error as { name?: string; code?: string };
  const cluster = request.cluster;

  if (name === 'AbortError') {
    return {
      reason: 'timedOut',
      message: `The API server of cluster "${cluster}" did not respond in time to ${describeRequest(
        request,
      )}; check that the cluster is up, or raise statefulset.requestTimeout`,
    };
  }
  if (code && UNREACHABLE_CODES.has(code)) {
    return {
      reason: 'unreachable',
      message: `Cannot reach the API server of cluster "${cluster}" (${code}); check the cluster's url in the kubernetes config block and that the API server is running`,
    };
  }
  if (code && TLS_CODES.has(code)) {
    return {
      reason: 'unreachable',
      message: `The TLS certificate of the API server of cluster "${cluster}" was not accepted (${code}); set caData or caFile for the cluster to its certificate authority`,
    };
  }

  return {
    reason: 'unknown',
    message: `Request to ${describeRequest(request)} failed: ${safeMessage(
      error,
    )}`,
  };
}

function summarizeApiException(
  error: ApiException<unknown>,
  request: KubernetesRequest,
): KubernetesErrorSummary {
  const status = parseStatus(error.body);
  const apiMessage = status?.message;
  const target = describeRequest(request);

  switch (error.code) {
    case 401:
      return {
        reason: 'unauthorized',
        message: `The API server of cluster "${request.cluster}" rejected the portal's credentials (401); renew the cluster's serviceAccountToken`,
      };
    case 403:
      return summarizeForbidden(apiMessage, request);
    case 404:
      return {
        reason: 'notFound',
        message: request.name
          ? `${kindOf(request.resource)} "${
              request.name
            }" not found in namespace "${request.namespace}" on cluster "${
              request.cluster
            }"; check the entity's backstage.io/kubernetes-id and backstage.io/kubernetes-namespace annotations`
          : `Cannot ${target}: the API server does not serve ${request.resource}`,
        namespace: request.namespace,
      };
    case 409:
      return {
        reason: 'conflict',
        message: `Conflict on ${target}: ${
          apiMessage ?? 'the object changed meanwhile'
        }; reload and try again`,
      };
    case 422:
      return {
        reason: 'invalid',
        message: `The API server rejected ${target} as invalid: ${
          apiMessage ?? 'no details given'
        }`,
      };
    default:
      return {
        reason: 'unknown',
        message: `Request to ${target} failed with HTTP ${error.code}${
          apiMessage ? `: ${apiMessage}` : ''
        }`,
      };
  }
}

function summarizeForbidden(
  apiMessage: string | undefined,
  request: KubernetesRequest,
): KubernetesErrorSummary {
  const match = apiMessage ? FORBIDDEN_PATTERN.exec(apiMessage) : null;
  const verb = match?.[1] ?? request.verb;
  const resource = match?.[2] ?? request.resource;
  const group = match ? match[3] : request.group;
  const namespace = match?.[4] ?? request.namespace;

  const groupText = group ? ` in API group "${group}"` : '';
  return {
    reason: 'forbidden',
    message: `The portal's service account on cluster "${request.cluster}" may not ${verb} ${resource}${groupText} in namespace "${namespace}"; grant it verb "${verb}" on resource "${resource}" with a Role in that namespace`,
    verb,
    resource,
    namespace,
  };
}

function parseStatus(body: unknown): KubernetesStatus | undefined {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body) as KubernetesStatus;
    } catch {
      return undefined;
    }
  }
  if (body && typeof body === 'object') {
    return body as KubernetesStatus;
  }
  return undefined;
}

/** Kind of a resource for messages, e.g. `statefulsets/scale` -> `StatefulSet`. */
function kindOf(resource: string): string {
  const base = resource.split('/')[0];
  const kinds: Record<string, string> = {
    statefulsets: 'StatefulSet',
    pods: 'Pod',
    persistentvolumeclaims: 'PersistentVolumeClaim',
    events: 'Event',
    horizontalpodautoscalers: 'HorizontalPodAutoscaler',
  };
  return kinds[base] ?? base;
}

/** First line of an error message, without anything that looks like a bearer token. */
function safeMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n')[0];
  return firstLine.replace(/Bearer\s+\S+/gi, 'Bearer <redacted>');
}
