import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  PERMISSION_POLICY_CONFIG_KEY,
  selectPermissionPolicy,
} from './selectPermissionPolicy';

/**
 * Permission backend module that installs the policy named by the config
 * key `statefulset.permissionPolicy`: `allowAll` (the default) or
 * `ownersOnly`, which lets only an entity's owners scale, redeploy or edit its
 * StatefulSet. The package exports it as the default of its `./policy`
 * entry point. Add it in place of any other policy module, because the
 * permission backend accepts one policy only.
 *
 * @public
 */
export const statefulSetPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'statefulset-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        policy: policyExtensionPoint,
      },
      async init({ config, logger, policy }) {
        const selected = selectPermissionPolicy(config);
        policy.setPolicy(selected.policy);
        logger.info(
          `Permission policy ${selected.name} is active; set ${PERMISSION_POLICY_CONFIG_KEY} to change it`,
        );
      },
    });
  },
});
