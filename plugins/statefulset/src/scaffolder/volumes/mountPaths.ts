import type { JsonObject } from '@backstage/types';

/** Returns `container: mountPath` for every mount of the named volume in the form. */
export function mountPathsOf(
  formData: JsonObject | undefined,
  volumeName: string | undefined,
): string[] {
  if (!volumeName) return [];
  const containers = [
    ...((formData?.initContainers as any[]) ?? []),
    ...((formData?.containers as any[]) ?? []),
  ];
  return containers.flatMap(container =>
    ((container?.volumeMounts as any[]) ?? [])
      .filter(mount => mount?.name === volumeName && mount?.mountPath)
      .map(
        mount => `${container.name || 'unnamed container'}: ${mount.mountPath}`,
      ),
  );
}
