import { StatefulSetValues } from '../model';
import { buildContainer } from './container';
import { PodSpec, StatefulSet } from './kubernetesTypes';
import { objectLabels, podLabels, selectorLabels, sortedMap } from './labels';
import { headlessServiceName } from './names';
import { dropUndefined } from './objects';
import { planPodAdditions } from './podAdditions';
import { buildAffinity, buildTolerations } from './scheduling';
import { buildVolume, buildVolumeClaimTemplate } from './volumes';

function buildPodSpec(values: StatefulSetValues): PodSpec {
  const additions = planPodAdditions(values);
  const initContainers = (values.initContainers ?? []).map((container, index) =>
    buildContainer(container, additions.initContainers[index]),
  );
  const volumes = [
    ...(values.volumes ?? []).map(buildVolume),
    ...additions.volumes,
  ];

  return dropUndefined({
    imagePullSecrets: values.imagePullSecrets?.length
      ? values.imagePullSecrets.map(name => ({ name }))
      : undefined,
    initContainers: initContainers.length > 0 ? initContainers : undefined,
    containers: values.containers.map((container, index) =>
      buildContainer(container, additions.containers[index]),
    ),
    volumes: volumes.length > 0 ? volumes : undefined,
    affinity: buildAffinity(values.scheduling),
    tolerations: buildTolerations(values.scheduling),
  });
}

function buildUpdateStrategy(
  values: StatefulSetValues,
): StatefulSet['spec']['updateStrategy'] {
  const strategy = values.updateStrategy;
  if (!strategy) {
    return undefined;
  }
  if (strategy.type === 'OnDelete') {
    return { type: 'OnDelete' };
  }

  const rollingUpdate = dropUndefined({
    partition: strategy.partition,
    maxUnavailable: strategy.maxUnavailable,
  });
  return Object.keys(rollingUpdate).length > 0
    ? { type: 'RollingUpdate', rollingUpdate }
    : { type: 'RollingUpdate' };
}

/**
 * Builds the StatefulSet. The selector and the pod template's labels come
 * from the same selector labels, so they always match. With autoscaling on,
 * `replicas` is left out: the HorizontalPodAutoscaler owns it, and a fixed
 * count would reset the autoscaler's choice on every apply.
 */
export function buildStatefulSet(values: StatefulSetValues): StatefulSet {
  const autoscaled = values.autoscaling?.enabled === true;
  const retentionPolicy = values.persistentVolumeClaimRetentionPolicy
    ? dropUndefined({ ...values.persistentVolumeClaimRetentionPolicy })
    : undefined;

  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: dropUndefined({
      name: values.name,
      namespace: values.namespace,
      labels: objectLabels(values),
      annotations: sortedMap(values.annotations),
    }),
    spec: dropUndefined({
      replicas: autoscaled ? undefined : values.replicas,
      serviceName: headlessServiceName(values.name),
      selector: { matchLabels: selectorLabels(values.name) },
      podManagementPolicy: values.podManagementPolicy,
      updateStrategy: buildUpdateStrategy(values),
      minReadySeconds: values.minReadySeconds,
      persistentVolumeClaimRetentionPolicy:
        retentionPolicy && Object.keys(retentionPolicy).length > 0
          ? retentionPolicy
          : undefined,
      template: {
        metadata: dropUndefined({
          labels: podLabels(values),
          annotations: sortedMap(values.podAnnotations),
        }),
        spec: buildPodSpec(values),
      },
      volumeClaimTemplates: values.volumeClaimTemplates?.length
        ? values.volumeClaimTemplates.map(buildVolumeClaimTemplate)
        : undefined,
    }),
  };
}
