import { V1ObjectMeta } from '@kubernetes/client-node';
import { GitOpsSummary } from '@internal/backstage-plugin-statefulset-common';

const ARGOCD_INSTANCE_LABEL = 'argocd.argoproj.io/instance';
const ARGOCD_TRACKING_ANNOTATION = 'argocd.argoproj.io/tracking-id';
const FLUX_KUSTOMIZATION_LABEL = 'kustomize.toolkit.fluxcd.io/name';
const FLUX_KUSTOMIZATION_NAMESPACE_LABEL =
  'kustomize.toolkit.fluxcd.io/namespace';
const FLUX_HELM_RELEASE_LABEL = 'helm.toolkit.fluxcd.io/name';
const FLUX_HELM_RELEASE_NAMESPACE_LABEL = 'helm.toolkit.fluxcd.io/namespace';

/**
 * Tells whether Argo CD or Flux manages the set, from the tracking labels and
 * annotations those tools put on the objects they apply. A manual scale is
 * then undone at the tool's next sync unless the repository changes too.
 */
export function detectGitOps(
  metadata: V1ObjectMeta | undefined,
): GitOpsSummary | undefined {
  const labels = metadata?.labels ?? {};
  const annotations = metadata?.annotations ?? {};

  // Argo CD's annotation tracking writes `<application>:<group>/<kind>:<namespace>/<name>`.
  const trackingId = annotations[ARGOCD_TRACKING_ANNOTATION];
  if (trackingId) {
    return { tool: 'argocd', owner: trackingId.split(':')[0] || undefined };
  }
  if (labels[ARGOCD_INSTANCE_LABEL]) {
    return { tool: 'argocd', owner: labels[ARGOCD_INSTANCE_LABEL] };
  }

  if (labels[FLUX_KUSTOMIZATION_LABEL]) {
    return {
      tool: 'flux',
      owner: qualify(
        labels[FLUX_KUSTOMIZATION_NAMESPACE_LABEL],
        labels[FLUX_KUSTOMIZATION_LABEL],
      ),
    };
  }
  if (labels[FLUX_HELM_RELEASE_LABEL]) {
    return {
      tool: 'flux',
      owner: qualify(
        labels[FLUX_HELM_RELEASE_NAMESPACE_LABEL],
        labels[FLUX_HELM_RELEASE_LABEL],
      ),
    };
  }

  return undefined;
}

function qualify(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}
