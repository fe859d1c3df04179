/**
 * Shapes of the Kubernetes objects that the builder writes. They cover only
 * the fields the builder sets. The tests check that each shape is assignable
 * to the full OpenAPI types of `kubernetes-models`.
 */

/** Label or annotation map. */
export type StringMap = Record<string, string>;

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: StringMap;
  annotations?: StringMap;
}

export interface LabelSelector {
  matchLabels?: StringMap;
  matchExpressions?: Array<{
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }>;
}

export type IntOrString = number | string;

export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export type RetentionPolicyType = 'Retain' | 'Delete';

export interface ResourceRequirements {
  requests?: StringMap;
  limits?: StringMap;
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: { name: string; key: string; optional?: boolean };
    secretKeyRef?: { name: string; key: string; optional?: boolean };
    fieldRef?: { fieldPath: string };
  };
}

export interface EnvFromSource {
  prefix?: string;
  configMapRef?: { name: string };
  secretRef?: { name: string };
}

export interface HTTPGetAction {
  path?: string;
  port: IntOrString;
  host?: string;
  scheme?: 'HTTP' | 'HTTPS';
  httpHeaders?: Array<{ name: string; value: string }>;
}

export interface Handler {
  exec?: { command: string[] };
  httpGet?: HTTPGetAction;
  tcpSocket?: { port: IntOrString };
}

export interface Probe extends Handler {
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}

export interface VolumeMount {
  name: string;
  mountPath: string;
  readOnly?: boolean;
  subPath?: string;
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol?: Protocol;
}

export interface Container {
  name: string;
  image: string;
  imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  command?: string[];
  args?: string[];
  ports?: ContainerPort[];
  envFrom?: EnvFromSource[];
  env?: EnvVar[];
  resources?: ResourceRequirements;
  volumeMounts?: VolumeMount[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { postStart?: Handler; preStop?: Handler };
  securityContext?: { privileged?: boolean };
  stdin?: boolean;
  tty?: boolean;
}

export interface Volume {
  name: string;
  hostPath?: {
    path: string;
    type?:
      | ''
      | 'DirectoryOrCreate'
      | 'Directory'
      | 'FileOrCreate'
      | 'File'
      | 'Socket'
      | 'CharDevice'
      | 'BlockDevice';
  };
  configMap?: { name: string; defaultMode?: number; optional?: boolean };
  secret?: { secretName: string; defaultMode?: number; optional?: boolean };
  emptyDir?: { medium?: '' | 'Memory'; sizeLimit?: string };
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean };
}

export interface NodeSelectorTerm {
  matchExpressions: Array<{
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
    values?: string[];
  }>;
}

export interface PodAffinityTerm {
  topologyKey: string;
  namespaces?: string[];
  labelSelector: LabelSelector;
}

export interface PodAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: PodAffinityTerm[];
  preferredDuringSchedulingIgnoredDuringExecution?: Array<{
    weight: number;
    podAffinityTerm: PodAffinityTerm;
  }>;
}

export interface Affinity {
  nodeAffinity?: {
    requiredDuringSchedulingIgnoredDuringExecution?: {
      nodeSelectorTerms: NodeSelectorTerm[];
    };
    preferredDuringSchedulingIgnoredDuringExecution?: Array<{
      weight: number;
      preference: NodeSelectorTerm;
    }>;
  };
  podAffinity?: PodAffinity;
  podAntiAffinity?: PodAffinity;
}

export interface Toleration {
  key?: string;
  operator?: 'Equal' | 'Exists';
  value?: string;
  effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
  tolerationSeconds?: number;
}

export interface PodSpec {
  imagePullSecrets?: Array<{ name: string }>;
  initContainers?: Container[];
  containers: Container[];
  volumes?: Volume[];
  affinity?: Affinity;
  tolerations?: Toleration[];
}

export interface PersistentVolumeClaimTemplate {
  metadata: { name: string };
  spec: {
    accessModes: Array<
      'ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod'
    >;
    storageClassName?: string;
    resources: { requests: { storage: string } };
  };
}

export interface StatefulSet {
  apiVersion: 'apps/v1';
  kind: 'StatefulSet';
  metadata: ObjectMeta;
  spec: {
    replicas?: number;
    serviceName: string;
    selector: { matchLabels: StringMap };
    podManagementPolicy?: 'OrderedReady' | 'Parallel';
    updateStrategy?: {
      type: 'RollingUpdate' | 'OnDelete';
      rollingUpdate?: { partition?: number; maxUnavailable?: IntOrString };
    };
    minReadySeconds?: number;
    persistentVolumeClaimRetentionPolicy?: {
      whenScaled?: RetentionPolicyType;
      whenDeleted?: RetentionPolicyType;
    };
    template: {
      metadata: { labels: StringMap; annotations?: StringMap };
      spec: PodSpec;
    };
    volumeClaimTemplates?: PersistentVolumeClaimTemplate[];
  };
}

export interface ServicePort {
  name?: string;
  port: number;
  targetPort?: IntOrString;
  protocol?: Protocol;
  nodePort?: number;
}

export interface Service {
  apiVersion: 'v1';
  kind: 'Service';
  metadata: ObjectMeta;
  spec: {
    type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
    clusterIP?: string;
    publishNotReadyAddresses?: boolean;
    selector: StringMap;
    ports?: ServicePort[];
  };
}

export interface ServiceBackendPort {
  number?: number;
  name?: string;
}

export interface Ingress {
  apiVersion: 'networking.k8s.io/v1';
  kind: 'Ingress';
  metadata: ObjectMeta;
  spec: {
    ingressClassName?: string;
    tls?: Array<{ hosts: string[]; secretName: string }>;
    rules: Array<{
      host?: string;
      http: {
        paths: Array<{
          path: string;
          pathType: 'Prefix' | 'Exact' | 'ImplementationSpecific';
          backend: { service: { name: string; port: ServiceBackendPort } };
        }>;
      };
    }>;
  };
}

export interface MetricSpec {
  type: 'Resource';
  resource: {
    name: 'cpu' | 'memory';
    target: { type: 'Utilization'; averageUtilization: number };
  };
}

export interface HorizontalPodAutoscaler {
  apiVersion: 'autoscaling/v2';
  kind: 'HorizontalPodAutoscaler';
  metadata: ObjectMeta;
  spec: {
    scaleTargetRef: {
      apiVersion: 'apps/v1';
      kind: 'StatefulSet';
      name: string;
    };
    minReplicas?: number;
    maxReplicas: number;
    metrics?: MetricSpec[];
  };
}

/** Any object that `buildManifests` returns. */
export type KubernetesObject =
  | StatefulSet
  | Service
  | Ingress
  | HorizontalPodAutoscaler;
