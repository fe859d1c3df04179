import { ScaleResponse } from '@internal/backstage-plugin-statefulset-common';
import { ClusterClient } from '../kubernetes/ClusterClient';
import { findAutoscaler } from '../status/findAutoscaler';
import { KubernetesRequestError } from '../kubernetes/KubernetesRequestError';
import { DetailedConflictError } from './DetailedConflictError';

// The scale subresource carries the StatefulSet's resourceVersion, which the
// controller bumps with every status update, so an update can conflict while
// the set is still rolling out even though its replica count did not change. Such
// an update is retried after reading the scale and checking the count again.
const MAX_UPDATE_ATTEMPTS = 3;

/**
 * Sets the replica count of a StatefulSet through its `scale` subresource,
 * with three API requests: get the scale, list the namespace's
 * HorizontalPodAutoscalers, update the scale.
 *
 * Rejects with 409 when the current count differs from the one the caller
 * saw, or when an autoscaler targets the set and would undo the change. The
 * update carries the resourceVersion that was read. When the API server
 * rejects it as a conflict, the whole check runs again, at most three times.
 */
export async function scaleStatefulSet(options: {
  client: ClusterClient;
  namespace: string;
  name: string;
  replicas: number;
  expectedReplicas: number;
}): Promise<ScaleResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await scaleOnce(options);
    } catch (error) {
      const isUpdateConflict =
        error instanceof KubernetesRequestError &&
        error.summary.reason === 'conflict';
      if (!isUpdateConflict || attempt >= MAX_UPDATE_ATTEMPTS) {
        throw error;
      }
    }
  }
}

async function scaleOnce(options: {
  client: ClusterClient;
  namespace: string;
  name: string;
  replicas: number;
  expectedReplicas: number;
}): Promise<ScaleResponse> {
  const { client, namespace, name, replicas, expectedReplicas } = options;

  const scale = await client.readScale(namespace, name);
  const currentReplicas = scale.spec?.replicas ?? 0;
  if (currentReplicas !== expectedReplicas) {
    throw new DetailedConflictError(
      `StatefulSet "${name}" in namespace "${namespace}" on cluster "${client.name}" now has ${currentReplicas} replicas, not the ${expectedReplicas} you saw; reload its status and choose the count again`,
      { currentReplicas, expectedReplicas },
    );
  }

  const autoscaler = findAutoscaler(
    await client.listAutoscalers(namespace),
    name,
  );
  if (autoscaler) {
    const autoscalerName = autoscaler.metadata?.name ?? '';
    const minReplicas = autoscaler.spec?.minReplicas ?? 1;
    const maxReplicas = autoscaler.spec?.maxReplicas ?? 0;
    throw new DetailedConflictError(
      `HorizontalPodAutoscaler "${autoscalerName}" sets the replica count of StatefulSet "${name}" (between ${minReplicas} and ${maxReplicas}) and would undo a manual scale; change its minReplicas and maxReplicas instead`,
      { autoscaler: autoscalerName, minReplicas, maxReplicas },
    );
  }

  if (currentReplicas === replicas) {
    return {
      cluster: client.name,
      previousReplicas: currentReplicas,
      replicas,
    };
  }

  const updated = await client.replaceScale(namespace, name, {
    ...scale,
    spec: { ...scale.spec, replicas },
  });

  return {
    cluster: client.name,
    previousReplicas: currentReplicas,
    replicas: updated.spec?.replicas ?? replicas,
  };
}
