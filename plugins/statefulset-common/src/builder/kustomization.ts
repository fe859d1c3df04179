/** Kustomization of the generated repository, which `kubectl apply -k .` reads. */
export interface Kustomization {
  apiVersion: 'kustomize.config.k8s.io/v1beta1';
  kind: 'Kustomization';
  namespace: string;
  resources: string[];
}

export function buildKustomization(
  namespace: string,
  resources: ReadonlyArray<string>,
): Kustomization {
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namespace,
    resources: [...resources],
  };
}
