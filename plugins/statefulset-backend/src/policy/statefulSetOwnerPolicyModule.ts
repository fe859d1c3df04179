import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { StatefulSetOwnerPolicy } from './StatefulSetOwnerPolicy';

/**
 * Permission backend module that installs {@link StatefulSetOwnerPolicy}.
 * Add it in place of another policy module, e.g. of
 * `@backstage/plugin-permission-backend-module-allow-all-policy`, because
 * the permission backend accepts one policy only:
 *
 * ```ts
 * backend.add(import('@internal/backstage-plugin-statefulset-backend/policy'));
 * ```
 *
 * @public
 */
export const statefulSetOwnerPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'statefulset-owner-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new StatefulSetOwnerPolicy());
      },
    });
  },
});
