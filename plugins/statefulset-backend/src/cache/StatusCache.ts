import {
  CoreV1Event,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import {
  ClusterStatefulSetStatus,
  isRolloutSettled,
} from '@internal/backstage-plugin-statefulset-common';
import { BackgroundListCache } from './BackgroundListCache';
import { SharedReadCache } from './SharedReadCache';

/** Maximum ages and eviction time of the status cache, in milliseconds. */
export interface StatusCacheTimes {
  /** Age up to which a settled set's status is reused. */
  settledMaxAgeMs: number;
  /** Age up to which the status of a changing, missing or failed set is reused. */
  changingMaxAgeMs: number;
  /** Age after which event and autoscaler lists are refreshed in the background. */
  listMaxAgeMs: number;
  /** A key not read for this long is dropped. */
  evictAfterMs: number;
}

/**
 * Default times. A settled set is reused for the card's idle poll interval
 * (10 s), so that more viewers of one set add no Kubernetes requests. A
 * changing set is reused for 1 s, below the card's 1.5 s poll interval
 * during a change, so a new pod shows up within about a second. Events and
 * autoscalers change rarely and are refreshed every 30 s while viewed.
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

/** Requests that list a set's events and its namespace's autoscalers. */
export interface SideListLoaders {
  listEvents: () => Promise<CoreV1Event[]>;
  listAutoscalers: () => Promise<V2HorizontalPodAutoscaler[]>;
}

/** Last settled event and autoscaler lists; undefined before the first load settled. */
export interface SideListResults {
  events?: PromiseSettledResult<CoreV1Event[]>;
  autoscalers?: PromiseSettledResult<V2HorizontalPodAutoscaler[]>;
}

/**
 * Statuses of StatefulSets shared by every caller of the status route, so
 * that N viewers of one set cost the Kubernetes requests of one. Scale and
 * redeploy invalidate the set's status, so the next read shows the change.
 *
 * The status itself contains the set, its pods and claims. The set's events
 * and the namespace's autoscalers are cached apart. The status route has
 * `refreshDueLists` reload them after its response, so that reading a
 * status waits for them only when none are cached yet.
 *
 * The cache holds only what the plugin's own service account read. Callers
 * still pass the catalog's read check for the entity before they get it.
 */
export class StatusCache {
  readonly #statuses: SharedReadCache<ClusterStatefulSetStatus>;
  readonly #events: BackgroundListCache<CoreV1Event[]>;
  readonly #autoscalers: BackgroundListCache<V2HorizontalPodAutoscaler[]>;

  constructor(
    times: StatusCacheTimes = DEFAULT_STATUS_CACHE_TIMES,
    now?: () => number,
  ) {
    this.#statuses = new SharedReadCache({
      // A missing set or a failed read gets the short age, because it may
      // change soon (a set being created, a cluster coming back).
      maxAgeMs: status =>
        status.state === 'found' && isRolloutSettled(status)
          ? times.settledMaxAgeMs
          : times.changingMaxAgeMs,
      evictAfterMs: times.evictAfterMs,
      now,
    });
    const listTimes = {
      maxAgeMs: times.listMaxAgeMs,
      evictAfterMs: times.evictAfterMs,
      now,
    };
    this.#events = new BackgroundListCache(listTimes);
    this.#autoscalers = new BackgroundListCache(listTimes);
  }

  /** Returns the set's cached status, or loads it once for all concurrent callers. */
  readStatus(
    key: WorkloadKey,
    load: () => Promise<ClusterStatefulSetStatus>,
  ): Promise<ClusterStatefulSetStatus> {
    return this.#statuses.read(workloadKey(key), load);
  }

  /**
   * Returns the cached event and autoscaler lists of the set without a
   * request, and records `loaders` for the background refresh.
   */
  peekSideLists(key: WorkloadKey, loaders: SideListLoaders): SideListResults {
    return {
      events: this.#events.peek(workloadKey(key), loaders.listEvents),
      autoscalers: this.#autoscalers.peek(
        namespaceKey(key),
        loaders.listAutoscalers,
      ),
    };
  }

  /** Returns the cached events of the set, or lists them now when none are cached. */
  readOrLoadEvents(
    key: WorkloadKey,
    loaders: SideListLoaders,
  ): Promise<PromiseSettledResult<CoreV1Event[]>> {
    return this.#events.readOrLoad(workloadKey(key), loaders.listEvents);
  }

  /** Returns the cached autoscalers of the namespace, or lists them now when none are cached. */
  readOrLoadAutoscalers(
    key: WorkloadKey,
    loaders: SideListLoaders,
  ): Promise<PromiseSettledResult<V2HorizontalPodAutoscaler[]>> {
    return this.#autoscalers.readOrLoad(
      namespaceKey(key),
      loaders.listAutoscalers,
    );
  }

  /**
   * Starts, without waiting, the event and autoscaler lists that are
   * missing or older than their maximum age and still viewed. The status
   * route calls it after each response.
   */
  refreshDueLists(): void {
    this.#events.refreshDue();
    this.#autoscalers.refreshDue();
  }

  /** Resolves when no event or autoscaler list is in flight. */
  async idle(): Promise<void> {
    await Promise.all([this.#events.idle(), this.#autoscalers.idle()]);
  }

  /**
   * Drops the set's status after a change made through the plugin, and has
   * the next refresh list its events again, since the change creates some.
   */
  invalidate(key: WorkloadKey): void {
    this.#statuses.invalidate(workloadKey(key));
    this.#events.markStale(workloadKey(key));
  }
}

function workloadKey(key: WorkloadKey): string {
  return `${key.cluster}/${key.namespace}/${key.name}`;
}

function namespaceKey(key: Omit<WorkloadKey, 'name'>): string {
  return `${key.cluster}/${key.namespace}`;
}
