import { RedeployResponse } from '@internal/backstage-plugin-statefulset-common';
import { ClusterClient } from '../kubernetes/ClusterClient';
import { RESTARTED_AT_ANNOTATION } from '../status/summarizeStatefulSet';

/**
 * Restarts the pods of a StatefulSet the way `kubectl rollout restart` does:
 * a strategic merge patch that sets the `kubectl.kubernetes.io/restartedAt`
 * annotation of the pod template to the current time (RFC 3339, seconds).
 * The controller then replaces the pods by its update strategy.
 *
 * NOTE: with the `OnDelete` update strategy the controller replaces a pod
 * only when someone deletes it, so the patch alone restarts nothing.
 */
export async function redeployStatefulSet(options: {
  client: ClusterClient;
  namespace: string;
  name: string;
  now?: Date;
}): Promise<RedeployResponse> {
  const { client, namespace, name } = options;
  const restartedAt = (options.now ?? new Date())
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');

  await client.patchStatefulSet(namespace, name, {
    spec: {
      template: {
        metadata: {
          annotations: { [RESTARTED_AT_ANNOTATION]: restartedAt },
        },
      },
    },
  });

  return { cluster: client.name, restartedAt };
}
