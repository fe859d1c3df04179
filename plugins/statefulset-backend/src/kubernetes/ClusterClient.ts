import {
  AppsV1Api,
  AutoscalingV2Api,
  CoreV1Api,
  CoreV1Event,
  KubeConfig,
  PatchStrategy,
  V1PersistentVolumeClaim,
  V1Pod,
  V1Scale,
  V1StatefulSet,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import { KubernetesRequest } from './KubernetesRequest';
import { KubernetesRequestError } from './KubernetesRequestError';
import { requestOptions } from './requestOptions';
import { summarizeKubernetesError } from './summarizeKubernetesError';

/**
 * The few Kubernetes API calls the plugin makes on one cluster. Every failure
 * becomes a {@link KubernetesRequestError} that names the verb, resource,
 * namespace and cluster.
 */
export class ClusterClient {
  readonly name: string;
  readonly #apps: AppsV1Api;
  readonly #core: CoreV1Api;
  readonly #autoscaling: AutoscalingV2Api;
  readonly #timeoutMs: number;

  constructor(options: {
    name: string;
    kubeConfig: KubeConfig;
    timeoutMs: number;
  }) {
    this.name = options.name;
    this.#apps = options.kubeConfig.makeApiClient(AppsV1Api);
    this.#core = options.kubeConfig.makeApiClient(CoreV1Api);
    this.#autoscaling = options.kubeConfig.makeApiClient(AutoscalingV2Api);
    this.#timeoutMs = options.timeoutMs;
  }

  readStatefulSet(namespace: string, name: string): Promise<V1StatefulSet> {
    return this.#call(
      { verb: 'get', resource: 'statefulsets', group: 'apps', namespace, name },
      options =>
        this.#apps.readNamespacedStatefulSet({ namespace, name }, options),
    );
  }

  async listPods(namespace: string, labelSelector: string): Promise<V1Pod[]> {
    const list = await this.#call(
      { verb: 'list', resource: 'pods', group: '', namespace },
      options =>
        this.#core.listNamespacedPod({ namespace, labelSelector }, options),
    );
    return list.items;
  }

  async listClaims(
    namespace: string,
    labelSelector: string,
  ): Promise<V1PersistentVolumeClaim[]> {
    const list = await this.#call(
      {
        verb: 'list',
        resource: 'persistentvolumeclaims',
        group: '',
        namespace,
      },
      options =>
        this.#core.listNamespacedPersistentVolumeClaim(
          { namespace, labelSelector },
          options,
        ),
    );
    return list.items;
  }

  /** Lists the events whose involved object is the named StatefulSet. */
  async listStatefulSetEvents(
    namespace: string,
    name: string,
  ): Promise<CoreV1Event[]> {
    const fieldSelector = `involvedObject.kind=StatefulSet,involvedObject.name=${name}`;
    const list = await this.#call(
      { verb: 'list', resource: 'events', group: '', namespace },
      options =>
        this.#core.listNamespacedEvent({ namespace, fieldSelector }, options),
    );
    return list.items;
  }

  async listAutoscalers(
    namespace: string,
  ): Promise<V2HorizontalPodAutoscaler[]> {
    const list = await this.#call(
      {
        verb: 'list',
        resource: 'horizontalpodautoscalers',
        group: 'autoscaling',
        namespace,
      },
      options =>
        this.#autoscaling.listNamespacedHorizontalPodAutoscaler(
          { namespace },
          options,
        ),
    );
    return list.items;
  }

  readScale(namespace: string, name: string): Promise<V1Scale> {
    return this.#call(
      {
        verb: 'get',
        resource: 'statefulsets/scale',
        group: 'apps',
        namespace,
        name,
      },
      options =>
        this.#apps.readNamespacedStatefulSetScale({ namespace, name }, options),
    );
  }

  /**
   * Replaces the scale subresource. The body keeps the resourceVersion of the
   * scale that was read, so the API server responds with 409 when the set changed
   * in between.
   */
  replaceScale(
    namespace: string,
    name: string,
    body: V1Scale,
  ): Promise<V1Scale> {
    return this.#call(
      {
        verb: 'update',
        resource: 'statefulsets/scale',
        group: 'apps',
        namespace,
        name,
      },
      options =>
        this.#apps.replaceNamespacedStatefulSetScale(
          { namespace, name, body },
          options,
        ),
    );
  }

  /** Applies a strategic merge patch to the StatefulSet. */
  patchStatefulSet(
    namespace: string,
    name: string,
    body: object,
  ): Promise<V1StatefulSet> {
    return this.#call(
      {
        verb: 'patch',
        resource: 'statefulsets',
        group: 'apps',
        namespace,
        name,
      },
      () =>
        this.#apps.patchNamespacedStatefulSet(
          { namespace, name, body },
          requestOptions({
            timeoutMs: this.#timeoutMs,
            contentType: PatchStrategy.StrategicMergePatch,
          }),
        ),
    );
  }

  async #call<T>(
    request: Omit<KubernetesRequest, 'cluster'>,
    send: (options: ReturnType<typeof requestOptions>) => Promise<T>,
  ): Promise<T> {
    try {
      return await send(requestOptions({ timeoutMs: this.#timeoutMs }));
    } catch (error) {
      throw new KubernetesRequestError(
        summarizeKubernetesError(error, { ...request, cluster: this.name }),
      );
    }
  }
}
