/*
 * Values as the form stores them while the user types: every key may be
 * missing and numbers may still be text. The parameter model in the common
 * package decides what is valid; these types only shape the editors' props.
 */

type PortRef = number | string;

export type ImageDraft = {
  repository?: string;
  tag?: string;
  digest?: string;
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
};

export type ResourceListDraft = {
  cpu?: string;
  memory?: string;
  ephemeralStorage?: string;
};
export type ResourcesDraft = {
  requests?: ResourceListDraft;
  limits?: ResourceListDraft;
};

export type ContainerPortDraft = {
  name?: string;
  containerPort?: number;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
};

export type HttpGetDraft = {
  path?: string;
  port?: PortRef;
  scheme?: 'HTTP' | 'HTTPS';
  host?: string;
  httpHeaders?: { name?: string; value?: string }[];
};

export type ProbeDraft = {
  type: 'httpGet' | 'tcpSocket' | 'exec';
  httpGet?: HttpGetDraft;
  tcpSocket?: { port?: PortRef };
  exec?: { command?: string[] };
  initialDelaySeconds?: number | string;
  periodSeconds?: number | string;
  timeoutSeconds?: number | string;
  successThreshold?: number | string;
  failureThreshold?: number | string;
};
export type ProbeKind = 'liveness' | 'readiness' | 'startup';
export type ProbesDraft = { [K in ProbeKind]?: ProbeDraft };

export type HookDraft = {
  type: 'exec' | 'httpGet';
  exec?: { command?: string[] };
  httpGet?: HttpGetDraft;
};
export type HookKind = 'postStart' | 'preStop';
export type LifecycleDraft = { [K in HookKind]?: HookDraft };

export type VolumeMountDraft = {
  name?: string;
  mountPath?: string;
  readOnly?: boolean;
  subPath?: string;
};

export type AccessMode =
  | 'ReadWriteOnce'
  | 'ReadOnlyMany'
  | 'ReadWriteMany'
  | 'ReadWriteOncePod';

export type ClaimTemplateDraft = {
  name?: string;
  storageClassName?: string;
  storage?: string;
  accessModes?: AccessMode[];
};

export type VolumeType =
  | 'hostPath'
  | 'configMap'
  | 'secret'
  | 'emptyDir'
  | 'persistentVolumeClaim';

export type TolerationDraft = {
  key?: string;
  operator?: 'Equal' | 'Exists';
  value?: string;
  effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
  tolerationSeconds?: number | string;
};

export type ServicePortDraft = {
  name?: string;
  port?: number;
  targetPort?: PortRef;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
  nodePort?: number;
};
export type ServiceDraft = {
  enabled: boolean;
  type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  ports?: ServicePortDraft[];
};

export type IngressPathDraft = {
  path?: string;
  pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
  servicePort?: PortRef;
};
export type IngressRuleDraft = { host?: string; paths?: IngressPathDraft[] };
export type IngressTlsDraft = { hosts?: string[]; secretName?: string };
export type IngressDraft = {
  enabled: boolean;
  className?: string;
  rules?: IngressRuleDraft[];
  tls?: IngressTlsDraft[];
};

export type AutoscalingDraft = {
  enabled: boolean;
  minReplicas?: number | string;
  maxReplicas?: number | string;
  cpuUtilization?: number | string;
  memoryUtilization?: number | string;
};
