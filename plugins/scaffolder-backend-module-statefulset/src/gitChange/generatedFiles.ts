/**
 * Every path that `buildRepositoryFiles` of the common package can write.
 * A change removes the paths of this list that a new render leaves out, such
 * as manifests/ingress.yaml after the Ingress was disabled. Other files of
 * the repository stay.
 */
export const GENERATED_PATHS = [
  'manifests/statefulset.yaml',
  'manifests/service-headless.yaml',
  'manifests/service.yaml',
  'manifests/ingress.yaml',
  'manifests/hpa.yaml',
  'kustomization.yaml',
  'catalog-info.yaml',
  'values.yaml',
  'README.md',
];

/** Generated paths that the rendered files no longer contain. */
export function removedGeneratedPaths(renderedPaths: string[]): string[] {
  const rendered = new Set(renderedPaths);
  return GENERATED_PATHS.filter(generated => !rendered.has(generated));
}
