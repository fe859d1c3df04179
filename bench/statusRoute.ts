import { BackendClient } from './backend.ts';
import { CountingProxy } from './countingProxy.ts';
import { median, quantile, timeMs } from './stats.ts';

/** Figures of one route for one set. */
export interface RouteFigures {
  /** Kubernetes requests of the first call, which found nothing cached. */
  firstCallRequests: number;
  firstCallMs: number;
  /** Kubernetes requests per call over the repeated calls. */
  requestsPerCall: number;
  /** Maximum of the Kubernetes requests that started during one call, the first call included. */
  maxRequestsPerCall: number;
  medianMs: number;
  p95Ms: number;
  calls: number;
}

/**
 * Calls `call` once, then `calls` more times one after another, and
 * returns the Kubernetes requests that passed the proxy and the latencies.
 * A call's requests are those that started between its start and the
 * arrival of its response headers, which `call` reports through its
 * argument. A list that the backend starts after its response therefore
 * counts for no call, but still counts in the totals.
 */
async function measureRoute(
  proxy: CountingProxy,
  call: (onHeaders: () => void) => Promise<void>,
  calls: number,
): Promise<RouteFigures> {
  const countCall = async () => {
    const startMark = proxy.mark();
    let headersMark = startMark;
    const durationMs = await timeMs(() =>
      call(() => {
        headersMark = proxy.mark();
      }),
    );
    return { durationMs, requests: headersMark - startMark };
  };

  const first = await countCall();

  const mark = proxy.mark();
  const latencies: number[] = [];
  let maxRequestsPerCall = first.requests;
  for (let i = 0; i < calls; i++) {
    const { durationMs, requests } = await countCall();
    latencies.push(durationMs);
    maxRequestsPerCall = Math.max(maxRequestsPerCall, requests);
  }
  return {
    firstCallRequests: first.requests,
    firstCallMs: first.durationMs,
    requestsPerCall: proxy.since(mark).length / calls,
    maxRequestsPerCall,
    medianMs: median(latencies),
    p95Ms: quantile(latencies, 0.95),
    calls,
  };
}

/** Measures the portal's status route for the entity `entityRef`. */
export function measureStatusRoute(
  backend: BackendClient,
  proxy: CountingProxy,
  entityRef: string,
  expectedPods: number,
  calls: number,
): Promise<RouteFigures> {
  return measureRoute(
    proxy,
    async onHeaders => {
      const response = await backend.call<{
        clusters: Array<{ state: string; pods?: unknown[] }>;
      }>(
        'GET',
        `/api/statefulset/status?entityRef=${encodeURIComponent(entityRef)}`,
        undefined,
        true,
        onHeaders,
      );
      const cluster = response.body.clusters[0];
      if (cluster?.state !== 'found' || cluster.pods?.length !== expectedPods) {
        throw new Error(
          `status of ${entityRef} is ${cluster?.state} with ${cluster?.pods?.length} pods, expected found with ${expectedPods}`,
        );
      }
    },
    calls,
  );
}

/** Measures the standard Kubernetes backend's workloads query for the same entity. */
export function measureWorkloadsQuery(
  backend: BackendClient,
  proxy: CountingProxy,
  entityRef: string,
  expectedPods: number,
  calls: number,
): Promise<RouteFigures> {
  return measureRoute(
    proxy,
    async onHeaders => {
      const response = await backend.call<{
        items: Array<{
          errors: unknown[];
          resources: Array<{ type: string; resources: unknown[] }>;
        }>;
      }>(
        'POST',
        '/api/kubernetes/resources/workloads/query',
        { entityRef },
        true,
        onHeaders,
      );
      const cluster = response.body.items[0];
      const pods = cluster?.resources.find(group => group.type === 'pods');
      // The control plane serves no metrics.k8s.io API, so the backend's
      // pod metrics request fails on every call; other errors are real.
      const errors = (cluster?.errors ?? []).filter(
        error =>
          !String((error as { resourcePath?: string }).resourcePath).includes(
            '/metrics.k8s.io/',
          ),
      );
      if (
        !cluster ||
        errors.length > 0 ||
        pods?.resources.length !== expectedPods
      ) {
        throw new Error(
          `workloads query of ${entityRef} returned ${
            pods?.resources.length
          } pods and errors ${JSON.stringify(errors)}`,
        );
      }
    },
    calls,
  );
}
