import {
  CoreV1Event,
  V1PersistentVolumeClaim,
  V1Pod,
  V1StatefulSet,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import { http, HttpResponse } from 'msw';
import { statusJson } from './fixtures';

/** A request the fake API server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType?: string;
  authorization?: string;
  body?: unknown;
}

/** Objects that one fake cluster contains. */
export interface FakeClusterState {
  statefulSets?: V1StatefulSet[];
  pods?: V1Pod[];
  claims?: V1PersistentVolumeClaim[];
  events?: CoreV1Event[];
  autoscalers?: V2HorizontalPodAutoscaler[];
}

/**
 * Builds msw handlers that respond like a Kubernetes API server at `url` for
 * the requests the plugin makes, from the objects in `state`, and records
 * every request. Label selectors support equality terms only.
 */
export function fakeKubernetesApi(url: string, state: FakeClusterState) {
  const requests: RecordedRequest[] = [];

  const record = async (request: Request) => {
    const parsed = new URL(request.url);
    const text = ['GET', 'HEAD'].includes(request.method)
      ? ''
      : await request.clone().text();
    requests.push({
      method: request.method,
      path: parsed.pathname,
      query: Object.fromEntries(parsed.searchParams),
      contentType: request.headers.get('content-type') ?? undefined,
      authorization: request.headers.get('authorization') ?? undefined,
      body: text ? JSON.parse(text) : undefined,
    });
  };

  const findSet = (namespace: string, name: string) =>
    (state.statefulSets ?? []).find(
      set =>
        set.metadata?.namespace === namespace && set.metadata?.name === name,
    );

  const notFound = (resource: string, name: string) =>
    HttpResponse.json(
      statusJson(404, 'NotFound', `${resource} "${name}" not found`),
      { status: 404 },
    );

  const list = <
    T extends {
      metadata?: { namespace?: string; labels?: Record<string, string> };
    },
  >(
    kind: string,
    items: T[] | undefined,
    namespace: string,
    labelSelector: string | null,
  ) =>
    HttpResponse.json({
      apiVersion: 'v1',
      kind: `${kind}List`,
      metadata: { resourceVersion: '100' },
      items: (items ?? []).filter(
        item =>
          item.metadata?.namespace === namespace &&
          matchesSelector(item.metadata?.labels ?? {}, labelSelector),
      ),
    });

  const handlers = [
    http.get(
      `${url}/apis/apps/v1/namespaces/:namespace/statefulsets/:name`,
      async ({ request, params }) => {
        await record(request);
        const set = findSet(String(params.namespace), String(params.name));
        return set
          ? HttpResponse.json(set)
          : notFound('statefulsets.apps', String(params.name));
      },
    ),

    http.get(
      `${url}/apis/apps/v1/namespaces/:namespace/statefulsets/:name/scale`,
      async ({ request, params }) => {
        await record(request);
        const set = findSet(String(params.namespace), String(params.name));
        if (!set) {
          return notFound('statefulsets.apps', String(params.name));
        }
        return HttpResponse.json({
          apiVersion: 'autoscaling/v1',
          kind: 'Scale',
          metadata: {
            name: params.name,
            namespace: params.namespace,
            resourceVersion: '42',
          },
          spec: { replicas: set.spec?.replicas },
          status: { replicas: set.status?.replicas ?? 0 },
        });
      },
    ),

    http.put(
      `${url}/apis/apps/v1/namespaces/:namespace/statefulsets/:name/scale`,
      async ({ request, params }) => {
        await record(request);
        const set = findSet(String(params.namespace), String(params.name));
        if (!set) {
          return notFound('statefulsets.apps', String(params.name));
        }
        const body = (await request.json()) as { spec?: { replicas?: number } };
        set.spec!.replicas = body.spec?.replicas;
        return HttpResponse.json({
          ...body,
          metadata: { ...(body as any).metadata, resourceVersion: '43' },
        });
      },
    ),

    http.patch(
      `${url}/apis/apps/v1/namespaces/:namespace/statefulsets/:name`,
      async ({ request, params }) => {
        await record(request);
        const set = findSet(String(params.namespace), String(params.name));
        return set
          ? HttpResponse.json(set)
          : notFound('statefulsets.apps', String(params.name));
      },
    ),

    http.get(
      `${url}/api/v1/namespaces/:namespace/pods`,
      async ({ request, params }) => {
        await record(request);
        const selector = new URL(request.url).searchParams.get('labelSelector');
        return list('Pod', state.pods, String(params.namespace), selector);
      },
    ),

    http.get(
      `${url}/api/v1/namespaces/:namespace/persistentvolumeclaims`,
      async ({ request, params }) => {
        await record(request);
        const selector = new URL(request.url).searchParams.get('labelSelector');
        return list(
          'PersistentVolumeClaim',
          state.claims,
          String(params.namespace),
          selector,
        );
      },
    ),

    http.get(
      `${url}/api/v1/namespaces/:namespace/events`,
      async ({ request, params }) => {
        await record(request);
        return list('Event', state.events, String(params.namespace), null);
      },
    ),

    http.get(
      `${url}/apis/autoscaling/v2/namespaces/:namespace/horizontalpodautoscalers`,
      async ({ request, params }) => {
        await record(request);
        return list(
          'HorizontalPodAutoscaler',
          state.autoscalers,
          String(params.namespace),
          null,
        );
      },
    ),
  ];

  return { handlers, requests };
}

function matchesSelector(
  labels: Record<string, string>,
  selector: string | null,
): boolean {
  if (!selector) {
    return true;
  }
  return selector.split(',').every(term => {
    const [key, value] = term.split('=');
    return labels[key] === value;
  });
}
