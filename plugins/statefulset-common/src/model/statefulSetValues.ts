import { z } from 'zod';
import { containerSchema, initContainerSchema } from './container';
import { ingressSchema, serviceSchema } from './network';
import { validateStatefulSetName } from '../validation/rules/names';
import {
  validateEntityRef,
  validateRepoUrl,
} from '../validation/rules/references';
import {
  annotationsSchema,
  checkedInteger,
  checkedString,
  dns1123LabelSchema,
  dns1123SubdomainSchema,
  labelsSchema,
} from './checked';
import { nodeSelectorRequirementSchema, schedulingSchema } from './scheduling';
import {
  persistentVolumeClaimRetentionPolicySchema,
  volumeClaimTemplateSchema,
  volumeSchema,
} from './volumes';
import { autoscalingSchema, updateStrategySchema } from './workload';

/**
 * Values of the "Stateful application" template: the wizard's parameters, the
 * scaffolder action's input and the command line's values file.
 *
 * The schema drops unknown top-level keys, so a template may pass all of
 * its parameters, and rejects unknown keys inside nested objects as typos.
 * `validateStatefulSetValues` also rejects unknown top-level keys other
 * than the wizard-only parameters.
 */
export const statefulSetValuesSchema = z.object({
  name: checkedString(validateStatefulSetName),
  namespace: dns1123LabelSchema.default('default'),
  replicas: checkedInteger({
    min: 0,
    rule: 'replicas is an integer of 0 or more, e.g. 3',
  }).default(1),
  labels: labelsSchema.optional(),
  annotations: annotationsSchema.optional(),
  podLabels: labelsSchema.optional(),
  podAnnotations: annotationsSchema.optional(),
  timezoneSync: z.boolean().default(false),
  imagePullSecrets: z.array(dns1123SubdomainSchema).optional(),
  containers: z.array(containerSchema).min(1),
  initContainers: z.array(initContainerSchema).optional(),
  volumes: z.array(volumeSchema).optional(),
  volumeClaimTemplates: z.array(volumeClaimTemplateSchema).optional(),
  persistentVolumeClaimRetentionPolicy:
    persistentVolumeClaimRetentionPolicySchema.optional(),
  service: serviceSchema.optional(),
  ingress: ingressSchema.optional(),
  autoscaling: autoscalingSchema.optional(),
  updateStrategy: updateStrategySchema.optional(),
  podManagementPolicy: z.enum(['OrderedReady', 'Parallel']).optional(),
  minReadySeconds: checkedInteger({
    min: 0,
    rule: 'minReadySeconds is a whole number of seconds of 0 or more, e.g. 10',
  }).optional(),
  scheduling: schedulingSchema.optional(),
  owner: checkedString(value => validateEntityRef(value)),
  system: checkedString(value =>
    validateEntityRef(value, 'system:default/payments'),
  ).optional(),
  description: z.string().optional(),
  cluster: checkedString(value =>
    value.trim() === ''
      ? 'is empty, a cluster is the name of a cluster in app-config\'s kubernetes block, e.g. "local", or leave it out'
      : undefined,
  ).optional(),
  repoUrl: checkedString(validateRepoUrl).optional(),
});

/** Parsed values with defaults applied. */
export type StatefulSetValues = z.output<typeof statefulSetValuesSchema>;

/** Values as a user writes them, before defaults are applied. */
export type StatefulSetValuesInput = z.input<typeof statefulSetValuesSchema>;

export type Container = StatefulSetValues['containers'][number];
export type InitContainer = NonNullable<
  StatefulSetValues['initContainers']
>[number];
export type ContainerImage = Container['image'];
export type ContainerResources = NonNullable<Container['resources']>;
export type ResourceList = NonNullable<ContainerResources['requests']>;
export type ContainerPort = NonNullable<Container['ports']>[number];
export type EnvEntry = NonNullable<Container['env']>[number];
export type Probe = NonNullable<NonNullable<Container['probes']>['liveness']>;
export type LifecycleHook = NonNullable<
  NonNullable<Container['lifecycle']>['postStart']
>;
export type VolumeMount = NonNullable<Container['volumeMounts']>[number];
export type LogCollection = NonNullable<Container['logs']>[number];
export type Volume = NonNullable<StatefulSetValues['volumes']>[number];
export type VolumeClaimTemplate = NonNullable<
  StatefulSetValues['volumeClaimTemplates']
>[number];
export type ServiceValues = NonNullable<StatefulSetValues['service']>;
export type ServicePortValues = ServiceValues['ports'][number];
export type IngressValues = NonNullable<StatefulSetValues['ingress']>;
export type IngressRuleValues = IngressValues['rules'][number];
export type IngressPathValues = IngressRuleValues['paths'][number];
export type AutoscalingValues = NonNullable<StatefulSetValues['autoscaling']>;
export type UpdateStrategyValues = NonNullable<
  StatefulSetValues['updateStrategy']
>;
export type SchedulingValues = NonNullable<StatefulSetValues['scheduling']>;
export type NodeAffinityValues = NonNullable<SchedulingValues['nodeAffinity']>;
export type NodeSelectorRequirementValues = z.output<
  typeof nodeSelectorRequirementSchema
>;
export type PodAffinityValues = NonNullable<SchedulingValues['podAffinity']>;
export type PodAffinityTermValues = NonNullable<
  PodAffinityValues['required']
>[number];
export type TolerationValues = NonNullable<
  SchedulingValues['tolerations']
>[number];
