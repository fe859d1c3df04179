import {
  Container as ContainerValues,
  InitContainer,
  LogCollection,
  StatefulSetValues,
  TIMEZONE_MOUNT_PATH,
} from '../model';
import { logDirectory } from '../validation';
import { ContainerAdditions } from './container';
import { EnvVar, Volume, VolumeMount } from './kubernetesTypes';

/** Volumes that the builder adds to the pod, and what each container gets from them. */
export interface PodAdditions {
  volumes: Volume[];
  containers: ContainerAdditions[];
  initContainers: ContainerAdditions[];
}

/** Returns `base`, or `base-1`, `base-2`, ... when a user volume already has the name. */
function uniqueName(base: string, usedNames: Set<string>): string {
  let name = base;
  for (let suffix = 1; usedNames.has(name); suffix++) {
    name = `${base}-${suffix}`;
  }
  usedNames.add(name);
  return name;
}

/**
 * Builds the variables that the Simple Log Service agent (Logtail) reads:
 * `aliyun_logs_<logstore>` is the path to collect and
 * `aliyun_logs_<logstore>_tags` the tags as `key=value`, comma-separated.
 */
export function logEnv(logs: ReadonlyArray<LogCollection>): EnvVar[] {
  const env: EnvVar[] = [];
  for (const log of logs) {
    env.push({ name: `aliyun_logs_${log.logstore}`, value: log.path });

    const tags = Object.keys(log.tags ?? {})
      .sort()
      .map(key => `${key}=${log.tags![key]}`);
    if (tags.length > 0) {
      env.push({
        name: `aliyun_logs_${log.logstore}_tags`,
        value: tags.join(','),
      });
    }
  }
  return env;
}

/** Directories of the file paths that a container's logs name, without repeats. */
function logDirectories(logs: ReadonlyArray<LogCollection>): string[] {
  const directories = logs
    .filter(log => log.path !== 'stdout')
    .map(log => logDirectory(log.path));
  return [...new Set(directories)];
}

/**
 * Plans the volumes for log files and time zone sync. Each log directory gets
 * one emptyDir, shared by every container that logs there, so a log agent
 * sidecar can read it. A container that already mounts a volume at that path
 * keeps its own mount, because a path can be mounted only once.
 */
export function planPodAdditions(values: StatefulSetValues): PodAdditions {
  const initContainers: ReadonlyArray<InitContainer> =
    values.initContainers ?? [];
  const containers: ReadonlyArray<ContainerValues> = values.containers;

  const usedNames = new Set([
    ...(values.volumes ?? []).map(volume => volume.name),
    ...(values.volumeClaimTemplates ?? []).map(claim => claim.name),
  ]);
  const volumes: Volume[] = [];

  let timezoneVolume: string | undefined;
  if (values.timezoneSync) {
    timezoneVolume = uniqueName('timezone', usedNames);
    volumes.push({
      name: timezoneVolume,
      hostPath: { path: TIMEZONE_MOUNT_PATH, type: 'File' },
    });
  }

  const logVolumeNames = new Map<string, string>();
  const logVolumeOf = (directory: string): string => {
    let name = logVolumeNames.get(directory);
    if (!name) {
      name = uniqueName(`log-dir-${logVolumeNames.size}`, usedNames);
      logVolumeNames.set(directory, name);
      volumes.push({ name, emptyDir: {} });
    }
    return name;
  };

  const additionsOf = (
    container: ContainerValues | InitContainer,
  ): ContainerAdditions => {
    const userPaths = new Set(
      (container.volumeMounts ?? []).map(mount => mount.mountPath),
    );
    const volumeMounts: VolumeMount[] = [];

    for (const directory of logDirectories(container.logs ?? [])) {
      if (!userPaths.has(directory)) {
        volumeMounts.push({
          name: logVolumeOf(directory),
          mountPath: directory,
        });
      }
    }
    if (timezoneVolume && !userPaths.has(TIMEZONE_MOUNT_PATH)) {
      volumeMounts.push({
        name: timezoneVolume,
        mountPath: TIMEZONE_MOUNT_PATH,
        readOnly: true,
      });
    }
    return { env: logEnv(container.logs ?? []), volumeMounts };
  };

  // Init containers come first, as in the pod, so volume numbers follow the pod's order.
  const initContainerAdditions = initContainers.map(additionsOf);
  const containerAdditions = containers.map(additionsOf);

  return {
    volumes,
    containers: containerAdditions,
    initContainers: initContainerAdditions,
  };
}
