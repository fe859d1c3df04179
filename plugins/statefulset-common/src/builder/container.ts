import {
  Container as ContainerValues,
  InitContainer,
  ResourceList,
} from '../model';
import { buildEnv } from './env';
import { Container, EnvVar, StringMap, VolumeMount } from './kubernetesTypes';
import { dropUndefined } from './objects';
import { buildLifecycleHook, buildProbe } from './probes';

/** Volume mounts and variables that the pod adds to a container (logs, time zone). */
export interface ContainerAdditions {
  env: EnvVar[];
  volumeMounts: VolumeMount[];
}

/** Formats the image reference: `repository:tag`, `repository@digest` or both. */
export function imageReference(image: ContainerValues['image']): string {
  let reference = image.repository;
  if (image.tag) {
    reference += `:${image.tag}`;
  }
  if (image.digest) {
    reference += `@${image.digest}`;
  }
  return reference;
}

function buildResourceList(
  list: ResourceList | undefined,
): StringMap | undefined {
  if (!list) {
    return undefined;
  }
  const quantities = dropUndefined({
    cpu: list.cpu,
    memory: list.memory,
    'ephemeral-storage': list.ephemeralStorage,
  });
  return Object.keys(quantities).length > 0
    ? (quantities as StringMap)
    : undefined;
}

function buildResources(resources: ContainerValues['resources']) {
  const requirements = dropUndefined({
    requests: buildResourceList(resources?.requests),
    limits: buildResourceList(resources?.limits),
  });
  return Object.keys(requirements).length > 0 ? requirements : undefined;
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** Builds a container or an init container; only containers have probes and hooks. */
export function buildContainer(
  container: ContainerValues | InitContainer,
  additions: ContainerAdditions,
): Container {
  const { env, envFrom } = buildEnv(container.env);
  const probes = 'probes' in container ? container.probes : undefined;
  const lifecycle = 'lifecycle' in container ? container.lifecycle : undefined;
  const hooks = lifecycle
    ? dropUndefined({
        postStart: buildLifecycleHook(lifecycle.postStart),
        preStop: buildLifecycleHook(lifecycle.preStop),
      })
    : undefined;

  return dropUndefined({
    name: container.name,
    image: imageReference(container.image),
    imagePullPolicy: container.image.pullPolicy,
    command: container.command ? [...container.command] : undefined,
    args: container.args ? [...container.args] : undefined,
    ports: nonEmpty(
      (container.ports ?? []).map(port =>
        dropUndefined({
          name: port.name,
          containerPort: port.containerPort,
          protocol: port.protocol,
        }),
      ),
    ),
    envFrom: nonEmpty(envFrom),
    env: nonEmpty([...env, ...additions.env]),
    resources: buildResources(container.resources),
    volumeMounts: nonEmpty([
      ...(container.volumeMounts ?? []).map(mount =>
        dropUndefined({
          name: mount.name,
          mountPath: mount.mountPath,
          readOnly: mount.readOnly,
          subPath: mount.subPath,
        }),
      ),
      ...additions.volumeMounts,
    ]),
    livenessProbe: buildProbe(probes?.liveness),
    readinessProbe: buildProbe(probes?.readiness),
    startupProbe: buildProbe(probes?.startup),
    lifecycle: hooks && Object.keys(hooks).length > 0 ? hooks : undefined,
    securityContext:
      container.privileged === undefined
        ? undefined
        : { privileged: container.privileged },
    stdin: container.stdin,
    tty: container.tty,
  });
}
