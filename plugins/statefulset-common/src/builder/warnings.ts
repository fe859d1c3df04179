import {
  Container,
  InitContainer,
  StatefulSetValues,
  TIMEZONE_MOUNT_PATH,
} from '../model';
import { formatPath, ValuePath } from '../validation/fieldError';
import { overriddenLabelKeys } from './labels';

/** Kind of risk that a warning reports. */
export type WarningId =
  | 'privileged-container'
  | 'host-path-volume'
  | 'missing-resource-limits'
  | 'missing-readiness-probe'
  | 'mutable-image-tag'
  | 'single-replica-ordered-ready'
  | 'claims-retained-after-scale-in'
  | 'replicas-with-autoscaling'
  | 'label-overridden';

/** Risk in valid values that does not block creation. */
export interface Warning {
  id: WarningId;
  /** Path in the values, e.g. `containers[0].privileged`, formatted like a `FieldError` path. */
  path: string;
  /** Explanation of the risk, then a last sentence with the fix. */
  message: string;
}

type ContainerEntry = {
  container: Container | InitContainer;
  path: ValuePath;
  kind: 'container' | 'init container';
};

function containerEntries(values: StatefulSetValues): ContainerEntry[] {
  return [
    ...(values.initContainers ?? []).map((container, index) => ({
      container,
      path: ['initContainers', index],
      kind: 'init container' as const,
    })),
    ...values.containers.map((container, index) => ({
      container,
      path: ['containers', index],
      kind: 'container' as const,
    })),
  ];
}

function containerWarnings(values: StatefulSetValues): Warning[] {
  const warnings: Warning[] = [];

  for (const { container, path, kind } of containerEntries(values)) {
    const label = `${kind} "${container.name}"`;

    if (container.privileged) {
      warnings.push({
        id: 'privileged-container',
        path: formatPath([...path, 'privileged']),
        message: `${label} runs privileged, with full access to the node's devices and kernel, and namespaces that enforce the baseline or restricted Pod Security Standard reject it. Set privileged: false unless the container must change the node itself.`,
      });
    }

    const limits = container.resources?.limits;
    if (
      !limits ||
      Object.values(limits).every(quantity => quantity === undefined)
    ) {
      warnings.push({
        id: 'missing-resource-limits',
        path: formatPath([...path, 'resources', 'limits']),
        message: `${label} has no resource limits, so it can use all CPU and memory of its node and starve other pods. Set resources.limits, e.g. memory: 512Mi and cpu: 500m.`,
      });
    }

    const image = container.image;
    if (!image.digest && (!image.tag || image.tag === 'latest')) {
      const written = image.tag
        ? `"${image.repository}:latest"`
        : `"${image.repository}" without a tag`;
      warnings.push({
        id: 'mutable-image-tag',
        path: formatPath([...path, 'image', 'tag']),
        message: `${label} uses image ${written}, which moves to new releases, so pods of one set can run different versions after a restart. Pin a version tag such as "1.27.3" or a digest.`,
      });
    }

    if (
      kind === 'container' &&
      !('probes' in container && container.probes?.readiness)
    ) {
      warnings.push({
        id: 'missing-readiness-probe',
        path: formatPath([...path, 'probes', 'readiness']),
        message: `${label} has no readiness probe, so its pod counts as ready as soon as it starts. The Services then send traffic before the application listens, and a rolling update moves on to the next ordinal too early. Add a readiness probe, e.g. httpGet on the application's health path.`,
      });
    }
  }
  return warnings;
}

function volumeWarnings(values: StatefulSetValues): Warning[] {
  const warnings: Warning[] = [];

  (values.volumes ?? []).forEach((volume, index) => {
    if (volume.type === 'hostPath') {
      warnings.push({
        id: 'host-path-volume',
        path: formatPath(['volumes', index, 'hostPath']),
        message: `volume "${volume.name}" mounts "${volume.hostPath.path}" of the node, so the data stays on one node and does not follow a pod that moves, and namespaces that enforce the baseline or restricted Pod Security Standard reject it. Use a volume claim template for data of the pod.`,
      });
    }
  });

  if (values.timezoneSync) {
    warnings.push({
      id: 'host-path-volume',
      path: 'timezoneSync',
      message: `time zone sync mounts the node's ${TIMEZONE_MOUNT_PATH} read-only through a hostPath volume, which namespaces that enforce the baseline or restricted Pod Security Standard reject. Where they do, set the TZ environment variable instead, e.g. TZ=Europe/Berlin.`,
    });
  }

  const claims = values.volumeClaimTemplates ?? [];
  const whenScaled =
    values.persistentVolumeClaimRetentionPolicy?.whenScaled ?? 'Retain';
  if (claims.length > 0 && whenScaled === 'Retain') {
    const names = claims.map(claim => `"${claim.name}"`).join(', ');
    warnings.push({
      id: 'claims-retained-after-scale-in',
      path: 'persistentVolumeClaimRetentionPolicy.whenScaled',
      message: `claims of volume claim templates ${names} are kept when the set scales in (whenScaled: Retain${
        values.persistentVolumeClaimRetentionPolicy?.whenScaled
          ? ''
          : ', the default'
      }). They keep their storage and cost, and a pod with the same ordinal gets the old data back when the set scales out again. Set whenScaled: Delete if the data of removed pods can go.`,
    });
  }
  return warnings;
}

function replicaWarnings(values: StatefulSetValues): Warning[] {
  const warnings: Warning[] = [];
  const autoscaling = values.autoscaling;

  if (autoscaling?.enabled) {
    // The model defaults replicas to 1, so another count was set on purpose.
    // A count equal to minReplicas agrees with the autoscaler and stays quiet.
    if (values.replicas !== 1 && values.replicas !== autoscaling.minReplicas) {
      warnings.push({
        id: 'replicas-with-autoscaling',
        path: 'replicas',
        message: `replicas is ${values.replicas} while autoscaling is on: the HorizontalPodAutoscaler owns the replica count, so the manifest leaves spec.replicas out and the value is ignored. Remove replicas, and set autoscaling.minReplicas to the count the set needs at least.`,
      });
    }
  } else {
    const ordered =
      (values.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
    if (values.replicas === 1 && ordered) {
      warnings.push({
        id: 'single-replica-ordered-ready',
        path: 'replicas',
        message: `the set has one replica with OrderedReady pod management${
          values.podManagementPolicy ? '' : ' (the default)'
        }. Every update and node drain stops the only pod, and if the new pod never becomes ready the rollout stays blocked until the pod is deleted by hand. Run at least 2 replicas if the application can, and watch the rollout of each change.`,
      });
    }
  }
  return warnings;
}

function labelWarnings(values: StatefulSetValues): Warning[] {
  return overriddenLabelKeys(values).map(({ field, key }) => ({
    id: 'label-overridden' as const,
    path: formatPath([field, key]),
    message: `label "${key}" is set by the portal, which replaces your value so that the selector and Backstage's Kubernetes plugin keep finding the pods. Remove "${key}" from ${field}, or use another key.`,
  }));
}

/**
 * Lists the risks in valid values: settings that work but often cause
 * trouble later. Validation ignores them, so they are advice only. Each
 * message explains the risk and ends with the fix.
 */
export function collectWarnings(values: StatefulSetValues): Warning[] {
  return [
    ...containerWarnings(values),
    ...volumeWarnings(values),
    ...replicaWarnings(values),
    ...labelWarnings(values),
  ];
}
