import {
  CoreV1Event,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import { ClusterStatefulSetStatus } from '@internal/backstage-plugin-statefulset-common';
import { isRolloutSettled } from '../status/isRolloutSettled';
import { SharedReadCache } from './SharedReadCache';

/** Maximum ages and eviction time of the status cache, in milliseconds. */
export interface StatusCacheTimes {
  /** Age up to which a settled set's status is reused. */
  settledMaxAgeMs: number;
  /** Age up to which the status of a changing, missing or failed set is reused. */
  changingMaxAgeMs: number;
  /** Age up to which event and autoscaler lists are reused. */
  listMaxAgeMs: number;
  /** A key not read for this long is dropped. */
  evictAfterMs: number;
}

/**
 * Default times. A settled set is reused for the card's idle poll interval
 * (10 s), so that more viewers of one set add no Kubernetes requests. A
 * changing set is reused for 1 s, below the card's 1.5 s poll interval
 * during a change, so a new pod shows up within about a second. Events and
 * autoscalers change rarely and are read at most every 30 s.
 */
export const DEFAULT_STATUS_CACHE_TIMES: StatusCacheTimes = {
  settledMaxAgeMs: 10_000,
  changingMaxAgeMs: 1_000,
  listMaxAgeMs: 30_000,
  evictAfterMs: 300_000,
};

/** Identity of one set on one cluster, the unit the cache shares. */
export interface WorkloadKey {
  cluster: string;
  namespace: string;
  name: string;
}

/**
 * Statuses of StatefulSets shared by every caller of the status route, so
 * that N viewers of one set cost the Kubernetes requests of one. Scale and
 * redeploy invalidate the set's status, so the next read shows the change.
 *
 * The cache holds only what the plugin's own service account read. Callers
 * still pass the catalog's read check for the entity before they get it.
 */
export class StatusCache {
  readonly #statuses: SharedReadCache<ClusterStatefulSetStatus>;
  readonly #events: SharedReadCache<PromiseSettledResult<CoreV1Event[]>>;
  readonly #autoscalers: SharedReadCache<
    PromiseSettledResult<V2HorizontalPodAutoscaler[]>
  >;

  constructor(
    times: StatusCacheTimes = DEFAULT_STATUS_CACHE_TIMES,
    now?: () => number,
  ) {
    this.#statuses = new SharedReadCache({
      maxAgeMs: status =>
        isRolloutSettled(status)
          ? times.settledMaxAgeMs
          : times.changingMaxAgeMs,
      evictAfterMs: times.evictAfterMs,
      now,
    });
    this.#events = new SharedReadCache({
      maxAgeMs: times.listMaxAgeMs,
      evictAfterMs: times.evictAfterMs,
      now,
    });
    this.#autoscalers = new SharedReadCache({
      maxAgeMs: times.listMaxAgeMs,
      evictAfterMs: times.evictAfterMs,
      now,
    });
  }

  /** Returns the set's cached status, or loads it once for all concurrent callers. */
  readStatus(
    key: WorkloadKey,
    load: () => Promise<ClusterStatefulSetStatus>,
  ): Promise<ClusterStatefulSetStatus> {
    return this.#statuses.read(workloadKey(key), load);
  }

  /** Returns the set's cached events; a failed list is cached too. */
  readEvents(
    key: WorkloadKey,
    load: () => Promise<CoreV1Event[]>,
  ): Promise<CoreV1Event[]> {
    return this.#events
      .read(workloadKey(key), () => settle(load()))
      .then(unwrap);
  }

  /** Returns the namespace's cached autoscalers; a failed list is cached too. */
  readAutoscalers(
    key: Omit<WorkloadKey, 'name'>,
    load: () => Promise<V2HorizontalPodAutoscaler[]>,
  ): Promise<V2HorizontalPodAutoscaler[]> {
    return this.#autoscalers
      .read(`${key.cluster}/${key.namespace}`, () => settle(load()))
      .then(unwrap);
  }

  /** Drops the set's status and events after a change made through the plugin. */
  invalidate(key: WorkloadKey): void {
    this.#statuses.invalidate(workloadKey(key));
    this.#events.invalidate(workloadKey(key));
  }
}

function workloadKey(key: WorkloadKey): string {
  return `${key.cluster}/${key.namespace}/${key.name}`;
}

async function settle<T>(
  promise: Promise<T>,
): Promise<PromiseSettledResult<T>> {
  try {
    return { status: 'fulfilled', value: await promise };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}

function unwrap<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') {
    throw result.reason;
  }
  return result.value;
}
