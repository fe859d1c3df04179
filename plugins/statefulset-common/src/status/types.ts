/**
 * Compact status of one entity's StatefulSet, as the backend plugin's status
 * route returns it and the entity card renders it. One entry per cluster that
 * the entity's annotations point at.
 *
 * @public
 */
export interface StatefulSetStatusResponse {
  entityRef: string;
  clusters: ClusterStatefulSetStatus[];
}

/**
 * Status of the set in one cluster. `state` decides which fields are present.
 *
 * @public
 */
export type ClusterStatefulSetStatus =
  | ClusterStatefulSetFound
  | ClusterStatefulSetNotFound
  | ClusterStatefulSetFailed;

/** @public */
export interface ClusterStatefulSetFound {
  state: 'found';
  cluster: string;
  statefulSet: StatefulSetSummary;
  /** Pods of the set, sorted by ordinal. */
  pods: PodSummary[];
  /** Claims made from the set's claim templates, sorted by ordinal then template. */
  claims: ClaimSummary[];
  /** Recent events of the set and its pods, newest first. */
  events: EventSummary[];
  /** The HorizontalPodAutoscaler that targets the set, when one does. */
  autoscaler?: AutoscalerSummary;
  /** GitOps tool that manages the set, read from its tracking labels or annotations. */
  gitOps?: GitOpsSummary;
  /** Ordinal that holds up an `OrderedReady` rollout or scale-up, when one does. */
  blockingPod?: BlockingPodSummary;
  /**
   * Requests for events or autoscalers that failed while the set, its pods
   * and claims were read, e.g. because the service account may not list
   * events. `events` or `autoscaler` are then incomplete.
   */
  partialErrors?: KubernetesErrorSummary[];
}

/** @public */
export interface ClusterStatefulSetNotFound {
  state: 'notFound';
  cluster: string;
  namespace: string;
  name: string;
  message: string;
}

/** @public */
export interface ClusterStatefulSetFailed {
  state: 'failed';
  cluster: string;
  error: KubernetesErrorSummary;
}

/**
 * A Kubernetes API failure turned into something a user can act on.
 *
 * @public
 */
export interface KubernetesErrorSummary {
  reason:
    | 'forbidden'
    | 'notFound'
    | 'conflict'
    | 'invalid'
    | 'unreachable'
    | 'timedOut'
    | 'unauthorized'
    | 'unknown';
  message: string;
  /** For `forbidden`: the verb, resource and namespace that the service account lacks. */
  verb?: string;
  resource?: string;
  namespace?: string;
}

/** @public */
export interface StatefulSetSummary {
  name: string;
  namespace: string;
  uid: string;
  /** `spec.replicas`; undefined only when the API server omitted it. */
  desiredReplicas: number;
  currentReplicas: number;
  readyReplicas: number;
  updatedReplicas: number;
  availableReplicas: number;
  currentRevision?: string;
  updateRevision?: string;
  observedGeneration?: number;
  generation?: number;
  serviceName: string;
  updateStrategy: {
    type: 'RollingUpdate' | 'OnDelete';
    partition?: number;
    maxUnavailable?: number | string;
  };
  podManagementPolicy: 'OrderedReady' | 'Parallel';
  persistentVolumeClaimRetentionPolicy: {
    whenScaled: 'Retain' | 'Delete';
    whenDeleted: 'Retain' | 'Delete';
  };
  /** Names of `spec.volumeClaimTemplates`. */
  claimTemplates: string[];
  /** `kubectl.kubernetes.io/restartedAt` of the pod template, when set. */
  restartedAt?: string;
  conditions: ConditionSummary[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  createdAt?: string;
}

/** @public */
export interface ConditionSummary {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/** @public */
export interface PodSummary {
  name: string;
  ordinal: number;
  phase: string;
  ready: boolean;
  restarts: number;
  /** Waiting or terminated reason of the first container that has one, e.g. `ImagePullBackOff`. */
  reason?: string;
  message?: string;
  nodeName?: string;
  createdAt?: string;
  /** `controller-revision-hash` label of the pod. */
  revision?: string;
  /** True while the pod is being deleted. */
  terminating: boolean;
}

/** @public */
export interface ClaimSummary {
  name: string;
  /** Claim template the claim was made from. */
  template: string;
  ordinal: number;
  phase: string;
  capacity?: string;
  requestedStorage?: string;
  storageClassName?: string;
  accessModes: string[];
  /** True when the ordinal is at or above the replica count, so the claim outlived its pod. */
  retained: boolean;
}

/** @public */
export interface EventSummary {
  type: string;
  reason: string;
  message: string;
  /** Kind and name of the object the event is about, e.g. `Pod nginx-1`. */
  involvedObject: string;
  count: number;
  lastTimestamp?: string;
}

/** @public */
export interface AutoscalerSummary {
  name: string;
  minReplicas?: number;
  maxReplicas: number;
}

/** @public */
export interface GitOpsSummary {
  tool: 'argocd' | 'flux';
  /** Application or Kustomization that tracks the set, when the labels name it. */
  owner?: string;
}

/** @public */
export interface BlockingPodSummary {
  ordinal: number;
  podName: string;
  /** Why the pod is not ready, e.g. `ImagePullBackOff: Back-off pulling image "nginx:bad"`. */
  reason: string;
}

/**
 * Body of the scale route. `expectedReplicas` is the replica count the user saw
 * when choosing the new count; the backend responds with 409 when the set has changed.
 *
 * @public
 */
export interface ScaleRequest {
  entityRef: string;
  cluster: string;
  replicas: number;
  expectedReplicas: number;
}

/** @public */
export interface ScaleResponse {
  cluster: string;
  previousReplicas: number;
  replicas: number;
}

/** @public */
export interface RedeployRequest {
  entityRef: string;
  cluster: string;
}

/** @public */
export interface RedeployResponse {
  cluster: string;
  restartedAt: string;
}

/**
 * Which actions the caller may take on an entity's StatefulSet, as the
 * backend plugin's permissions route returns them.
 *
 * @public
 */
export interface StatefulSetActionPermissionsResponse {
  entityRef: string;
  scale: ActionPermission;
  redeploy: ActionPermission;
  /** Proposing a change in Git through the update template. */
  edit: ActionPermission;
}

/** @public */
export interface ActionPermission {
  allowed: boolean;
  /** Why the action is not allowed, when it is not. */
  reason?: string;
}
