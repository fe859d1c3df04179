import type { VolumeMountDraft } from '../drafts';

/** A container as the form stores it; only `name` and `volumeMounts` matter here. */
export type MountingContainer = {
  name?: string;
  volumeMounts?: VolumeMountDraft[];
} & Record<string, unknown>;

/** One mount of a volume, with its place in `containers[containerIndex].volumeMounts[mountIndex]`. */
export type PlacedMount = {
  containerIndex: number;
  mountIndex: number;
  containerName: string;
  mount: VolumeMountDraft;
};

/** Lists the mounts of the named volume in every container, in container order. */
export function mountsOfVolume(
  containers: MountingContainer[] | undefined,
  volumeName: string,
): PlacedMount[] {
  return (containers ?? []).flatMap((container, containerIndex) =>
    (container.volumeMounts ?? []).flatMap((mount, mountIndex) =>
      mount.name === volumeName
        ? [
            {
              containerIndex,
              mountIndex,
              containerName: container.name ?? '',
              mount,
            },
          ]
        : [],
    ),
  );
}

function withMounts(
  containers: MountingContainer[],
  containerIndex: number,
  edit: (mounts: VolumeMountDraft[]) => VolumeMountDraft[],
): MountingContainer[] {
  return containers.map((container, index) => {
    if (index !== containerIndex) {
      return container;
    }
    const mounts = edit(container.volumeMounts ?? []);
    const { volumeMounts: _old, ...rest } = container;
    return mounts.length > 0 ? { ...rest, volumeMounts: mounts } : rest;
  });
}

/** Appends a mount of the named volume, with an empty mount path, to one container. */
export function addMount(
  containers: MountingContainer[],
  containerIndex: number,
  volumeName: string,
): MountingContainer[] {
  return withMounts(containers, containerIndex, mounts => [
    ...mounts,
    { name: volumeName, mountPath: '' },
  ]);
}

/** Replaces one mount of one container. */
export function updateMount(
  containers: MountingContainer[],
  containerIndex: number,
  mountIndex: number,
  mount: VolumeMountDraft,
): MountingContainer[] {
  return withMounts(containers, containerIndex, mounts =>
    mounts.map((current, index) => (index === mountIndex ? mount : current)),
  );
}

/** Removes one mount of one container, and the container's mount list when it becomes empty. */
export function removeMount(
  containers: MountingContainer[],
  containerIndex: number,
  mountIndex: number,
): MountingContainer[] {
  return withMounts(containers, containerIndex, mounts =>
    mounts.filter((_, index) => index !== mountIndex),
  );
}
