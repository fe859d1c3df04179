import type { KubernetesErrorSummary } from '@internal/backstage-plugin-statefulset-common';

/** Title and text of the card's message for a failed cluster read. */
export interface KubernetesErrorDescription {
  title: string;
  message: string;
}

/**
 * Turns a Kubernetes API failure in one cluster into a message that states what
 * failed and what to do next. For `forbidden` it names the verb, resource
 * and namespace that the portal's credentials for that cluster lack.
 */
export function describeKubernetesError(
  cluster: string,
  error: KubernetesErrorSummary,
): KubernetesErrorDescription {
  switch (error.reason) {
    case 'forbidden': {
      const verb = error.verb ?? 'access';
      const resource = error.resource ?? 'the StatefulSet';
      const scope = error.namespace
        ? `in namespace ${error.namespace}`
        : 'cluster-wide';
      const fix = `Grant the portal's service account the verb "${verb}" on "${resource}" ${scope} (Role and RoleBinding), then try again.`;

      // The backend names verb and resource when the API server reported
      // them; otherwise its message is the only detail there is.
      const detail =
        error.verb && error.resource
          ? ''
          : ` Kubernetes message: ${error.message}`;
      return {
        title: `Missing permission in cluster ${cluster}`,
        message: `The portal's credentials for cluster ${cluster} may not ${verb} ${resource} ${scope}. ${fix}${detail}`,
      };
    }
    case 'unauthorized':
      return {
        title: `Cluster ${cluster} rejected the portal's credentials`,
        message: `Check the service account token or client certificate of cluster ${cluster} in the kubernetes block of app-config.yaml. Kubernetes message: ${error.message}`,
      };
    case 'unreachable':
      return {
        title: `Cluster ${cluster} is unreachable`,
        message: `The portal could not connect to the API server of cluster ${cluster}. Check its url in the kubernetes block of app-config.yaml and that the cluster is running. Error: ${error.message}`,
      };
    case 'timedOut':
      return {
        title: `Cluster ${cluster} timed out`,
        message: `The API server of cluster ${cluster} timed out. Refresh to try again. Error: ${error.message}`,
      };
    default:
      return {
        title: `Reading the StatefulSet from cluster ${cluster} failed`,
        message: `${error.reason}: ${error.message}`,
      };
  }
}
