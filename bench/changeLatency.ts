import { KubeConfig, Watch } from '@kubernetes/client-node';
import { BackendClient } from './backend.ts';
import { BENCH_NAMESPACE } from './workloads.ts';
import { median, sleep, waitUntil } from './stats.ts';

type StatusBody = {
  clusters: Array<{ pods: Array<{ ordinal: number; terminating: boolean }> }>;
};

/** Figures of the time from a scale request to the new pod in the status. */
export interface ChangeFigures {
  /** Median time from the pod's creation by the API server to the status showing it. */
  medianAfterCreateMs: number;
  maxAfterCreateMs: number;
  /** Median time from the scale request to the status showing the pod. */
  medianAfterScaleMs: number;
  runs: number;
}

/**
 * Scales `bench-3` from 3 to 4 replicas through the portal's scale route and
 * polls the status route every 100 ms until ordinal 3 appears. A watch on
 * the API server, outside the portal, records when the pod was created;
 * that time is subtracted. Scales back to 3 between runs.
 */
export async function measureChangeLatency(
  backend: BackendClient,
  kubeConfig: KubeConfig,
  runs = 5,
): Promise<ChangeFigures> {
  const entityRef = 'component:default/bench-3';
  const path = `/api/statefulset/status?entityRef=${encodeURIComponent(
    entityRef,
  )}`;
  const podName = 'bench-3-3';

  let createdAt: number | undefined;
  const watch = new Watch(kubeConfig);
  const request = await watch.watch(
    `/api/v1/namespaces/${BENCH_NAMESPACE}/pods`,
    { fieldSelector: `metadata.name=${podName}` },
    (type: string) => {
      if (type === 'ADDED') {
        createdAt = performance.now();
      }
    },
    () => undefined,
  );

  const ordinals = async () =>
    (await backend.call<StatusBody>('GET', path)).body.clusters[0].pods;

  const afterCreate: number[] = [];
  const afterScale: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      createdAt = undefined;
      const scaledAt = performance.now();
      await backend.call('POST', '/api/statefulset/scale', {
        entityRef,
        cluster: 'bench',
        replicas: 4,
        expectedReplicas: 3,
      });
      for (;;) {
        const pods = await ordinals();
        if (pods.some(pod => pod.ordinal === 3)) {
          break;
        }
        await sleep(100);
      }
      const shownAt = performance.now();
      const created = await waitUntil(
        'the pod ADDED event',
        async () => createdAt,
        10_000,
        50,
      );
      afterCreate.push(shownAt - created);
      afterScale.push(shownAt - scaledAt);

      await backend.call('POST', '/api/statefulset/scale', {
        entityRef,
        cluster: 'bench',
        replicas: 3,
        expectedReplicas: 4,
      });
      await waitUntil(
        'bench-3 back at 3 pods',
        async () => ((await ordinals()).length === 3 ? true : undefined),
        120_000,
        500,
      );
    }
  } finally {
    request.abort();
  }

  return {
    medianAfterCreateMs: median(afterCreate),
    maxAfterCreateMs: Math.max(...afterCreate),
    medianAfterScaleMs: median(afterScale),
    runs,
  };
}
