/*
 * The checked-out local repository of a component that the portal published.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KubernetesObject } from '@kubernetes/client-node';
import { parse } from 'yaml';

/**
 * Reads the manifests that kustomization.yaml lists. The generated
 * kustomization sets only `resources` and the namespace that every manifest
 * already has, so these are the objects that `kubectl apply -k` applies.
 */
export async function readKustomizedManifests(
  repository: string,
): Promise<KubernetesObject[]> {
  const kustomization = parse(
    await readFile(join(repository, 'kustomization.yaml'), 'utf8'),
  );

  const objects: KubernetesObject[] = [];
  for (const resource of kustomization.resources as string[]) {
    objects.push(parse(await readFile(join(repository, resource), 'utf8')));
  }
  return objects;
}
