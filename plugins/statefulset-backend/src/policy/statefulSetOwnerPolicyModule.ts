import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { StatefulSetOwnerPolicy } from './StatefulSetOwnerPolicy';

/**
 * Permission backend module that installs {@link StatefulSetOwnerPolicy}.
 * The package exports it as the default of its `./policy` entry point. Add
 * it in place of another policy module, e.g. the allow-all one, because the
 * permission backend accepts one policy only. The README shows the line.
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
