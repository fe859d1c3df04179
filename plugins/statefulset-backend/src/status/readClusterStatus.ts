import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ClusterStatefulSetStatus,
  KubernetesErrorSummary,
} from '@internal/backstage-plugin-statefulset-common';
import { StatusCache } from '../cache/StatusCache';
import { ClusterClient } from '../kubernetes/ClusterClient';
import { KubernetesRequestError } from '../kubernetes/KubernetesRequestError';
import { detectGitOps } from './detectGitOps';
import { findAutoscaler } from './findAutoscaler';
import { findBlockingPod } from './findBlockingPod';
import { formatLabelSelector, formatMatchLabels } from './labelSelector';
import { summarizeClaims } from './summarizeClaims';
import { summarizeEvents } from './summarizeEvents';
import { summarizePods } from './summarizePods';
import { summarizeStatefulSet } from './summarizeStatefulSet';

/**
 * Reads the status of one StatefulSet on one cluster with at most five API
 * requests. The first gets the set. Then four run in parallel: its pods by
 * the set's selector, its claims by the selector's matchLabels, the set's own
 * events by field selector, and the namespace's HorizontalPodAutoscalers.
 * With a `cache`, events and autoscalers come from it while they are fresh,
 * so most reads make three requests.
 * Claims are listed by matchLabels because the controller copies only those
 * onto the claims it creates, and not at all when the set has no claim
 * templates. Pods' own events are not read, because a pod's waiting reason
 * and scheduling condition come with the pod.
 *
 * A failure of the set, pod or claim request fails the cluster's status. A
 * failure of the event or autoscaler request is logged and reported in
 * `partialErrors`, so that missing RBAC on events does not hide the pods.
 */
export async function readClusterStatus(options: {
  client: ClusterClient;
  namespace: string;
  name: string;
  logger: LoggerService;
  cache?: StatusCache;
}): Promise<ClusterStatefulSetStatus> {
  const { client, namespace, name, logger, cache } = options;

  let set;
  try {
    set = await client.readStatefulSet(namespace, name);
  } catch (error) {
    if (
      error instanceof KubernetesRequestError &&
      error.summary.reason === 'notFound'
    ) {
      return {
        state: 'notFound',
        cluster: client.name,
        namespace,
        name,
        message: error.message,
      };
    }
    return failed(client.name, error, logger);
  }

  const selector = set.spec?.selector ?? {};
  const hasClaimTemplates = (set.spec?.volumeClaimTemplates ?? []).length > 0;

  const key = { cluster: client.name, namespace, name };
  const listEvents = () => client.listStatefulSetEvents(namespace, name);
  const listAutoscalers = () => client.listAutoscalers(namespace);

  const [pods, claims, events, autoscalers] = await Promise.allSettled([
    client.listPods(namespace, formatLabelSelector(selector)),
    hasClaimTemplates
      ? client.listClaims(namespace, formatMatchLabels(selector))
      : Promise.resolve([]),
    cache ? cache.readEvents(key, listEvents) : listEvents(),
    cache ? cache.readAutoscalers(key, listAutoscalers) : listAutoscalers(),
  ]);

  if (pods.status === 'rejected') {
    return failed(client.name, pods.reason, logger);
  }
  if (claims.status === 'rejected') {
    return failed(client.name, claims.reason, logger);
  }

  const partialErrors: KubernetesErrorSummary[] = [];
  for (const result of [events, autoscalers]) {
    if (result.status === 'rejected') {
      const summary = toSummary(result.reason);
      logger.warn(`Status is incomplete: ${summary.message}`);
      partialErrors.push(summary);
    }
  }

  const autoscaler =
    autoscalers.status === 'fulfilled'
      ? findAutoscaler(autoscalers.value, name)
      : undefined;

  return {
    state: 'found',
    cluster: client.name,
    statefulSet: summarizeStatefulSet(set),
    pods: summarizePods(set, pods.value),
    claims: summarizeClaims(set, claims.value),
    events: events.status === 'fulfilled' ? summarizeEvents(events.value) : [],
    autoscaler: autoscaler && {
      name: autoscaler.metadata?.name ?? '',
      minReplicas: autoscaler.spec?.minReplicas,
      maxReplicas: autoscaler.spec?.maxReplicas ?? 0,
    },
    gitOps: detectGitOps(set.metadata),
    blockingPod: findBlockingPod(set, pods.value),
    partialErrors: partialErrors.length > 0 ? partialErrors : undefined,
  };
}

function failed(
  cluster: string,
  error: unknown,
  logger: LoggerService,
): ClusterStatefulSetStatus {
  const summary = toSummary(error);
  logger.warn(`Cannot read StatefulSet status: ${summary.message}`);
  return { state: 'failed', cluster, error: summary };
}

function toSummary(error: unknown): KubernetesErrorSummary {
  if (error instanceof KubernetesRequestError) {
    return error.summary;
  }
  return {
    reason: 'unknown',
    message: error instanceof Error ? error.message : String(error),
  };
}
