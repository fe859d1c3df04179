import { LoggerService } from '@backstage/backend-plugin-api';
import { ClusterStatefulSetStatus } from '@internal/backstage-plugin-statefulset-common';
import {
  SideListLoaders,
  StatusCache,
  WorkloadKey,
} from '../cache/StatusCache';
import { ClusterClient } from '../kubernetes/ClusterClient';
import { KubernetesRequestError } from '../kubernetes/KubernetesRequestError';
import { detectGitOps } from './detectGitOps';
import { findBlockingPod } from './findBlockingPod';
import { formatLabelSelector, formatMatchLabels } from './labelSelector';
import { summarizeClaims } from './summarizeClaims';
import { summarizePods } from './summarizePods';
import { summarizeStatefulSet } from './summarizeStatefulSet';
import { toErrorSummary } from './toErrorSummary';

/** Most Kubernetes requests that one status read makes on one cluster. */
export const MAX_REQUESTS_PER_READ = 3;

/**
 * Reads the status of one StatefulSet on one cluster with at most
 * {@link MAX_REQUESTS_PER_READ} API requests. The first gets the set. Then
 * its pods by the set's selector and, when it has claim templates, its
 * claims by the selector's matchLabels run in parallel. Claims are listed by
 * matchLabels because the controller copies only those onto the claims it
 * creates. Pods' own events are not read, because a pod's waiting reason and
 * scheduling condition come with the pod.
 *
 * The set's events and the namespace's autoscalers are not part of the
 * returned status, because `addSideLists` adds them from the cache on every
 * call. Only when the cache contains none yet does this read list them,
 * autoscalers first, and only as many as fit into the remaining requests.
 * The cache's background refresh lists the rest after the response.
 *
 * A failure of the set, pod or claim request fails the cluster's status.
 */
export async function readClusterStatus(options: {
  client: ClusterClient;
  namespace: string;
  name: string;
  logger: LoggerService;
  cache: StatusCache;
  loaders: SideListLoaders;
}): Promise<ClusterStatefulSetStatus> {
  const { client, namespace, name, logger, cache, loaders } = options;

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
  const sideListLoads = loadMissingSideLists({
    cache,
    key,
    loaders,
    spareRequests: MAX_REQUESTS_PER_READ - (hasClaimTemplates ? 3 : 2),
  });

  const [pods, claims] = await Promise.allSettled([
    client.listPods(namespace, formatLabelSelector(selector)),
    hasClaimTemplates
      ? client.listClaims(namespace, formatMatchLabels(selector))
      : Promise.resolve([]),
  ]);
  await sideListLoads;

  if (pods.status === 'rejected') {
    return failed(client.name, pods.reason, logger);
  }
  if (claims.status === 'rejected') {
    return failed(client.name, claims.reason, logger);
  }

  return {
    state: 'found',
    cluster: client.name,
    statefulSet: summarizeStatefulSet(set),
    pods: summarizePods(set, pods.value),
    claims: summarizeClaims(set, claims.value),
    events: [],
    gitOps: detectGitOps(set.metadata),
    blockingPod: findBlockingPod(set, pods.value),
  };
}

/**
 * Lists the side lists that the cache has no result for yet, at most
 * `spareRequests` of them, autoscalers first because they decide whether the
 * card offers Scale.
 */
async function loadMissingSideLists(options: {
  cache: StatusCache;
  key: WorkloadKey;
  loaders: SideListLoaders;
  spareRequests: number;
}): Promise<void> {
  const { cache, key, loaders } = options;
  let spareRequests = options.spareRequests;
  const cached = cache.peekSideLists(key, loaders);
  const loads: Promise<unknown>[] = [];

  // NOTE: a set with claim templates has no spare request, so the first
  // response for it has no events and no autoscaler. They show from the
  // next call on, and the scale route checks for an autoscaler itself.
  if (!cached.autoscalers && spareRequests > 0) {
    spareRequests -= 1;
    loads.push(cache.readOrLoadAutoscalers(key, loaders));
  }
  if (!cached.events && spareRequests > 0) {
    spareRequests -= 1;
    loads.push(cache.readOrLoadEvents(key, loaders));
  }

  await Promise.all(loads);
}

function failed(
  cluster: string,
  error: unknown,
  logger: LoggerService,
): ClusterStatefulSetStatus {
  const summary = toErrorSummary(error);
  logger.warn(`Cannot read StatefulSet status: ${summary.message}`);
  return { state: 'failed', cluster, error: summary };
}
