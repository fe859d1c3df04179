import { Config } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PermissionPolicy } from '@backstage/plugin-permission-node';
import { StatefulSetOwnerPolicy } from './StatefulSetOwnerPolicy';

/** Config key that selects the portal's permission policy. */
export const PERMISSION_POLICY_CONFIG_KEY = 'statefulset.permissionPolicy';

/** Values of `statefulset.permissionPolicy`. */
export const PERMISSION_POLICY_NAMES = ['allowAll', 'ownersOnly'] as const;

/** Name of a policy that `statefulset.permissionPolicy` selects. */
export type PermissionPolicyName = (typeof PERMISSION_POLICY_NAMES)[number];

/**
 * Policy that allows every request, as the module
 * `@backstage/plugin-permission-backend-module-allow-all-policy` does.
 */
const allowAllPolicy: PermissionPolicy = {
  async handle() {
    return { result: AuthorizeResult.ALLOW };
  },
};

function isPermissionPolicyName(value: string): value is PermissionPolicyName {
  return (PERMISSION_POLICY_NAMES as readonly string[]).includes(value);
}

/**
 * Reads `statefulset.permissionPolicy` and returns the policy it names:
 * `allowAll` (the default when the key is absent) or `ownersOnly`
 * ({@link StatefulSetOwnerPolicy}). Throws for any other value, so the
 * backend stops at start-up instead of running with a policy that no one configured.
 */
export function selectPermissionPolicy(config: Config): {
  name: PermissionPolicyName;
  policy: PermissionPolicy;
} {
  const name =
    config.getOptionalString(PERMISSION_POLICY_CONFIG_KEY) ?? 'allowAll';
  if (!isPermissionPolicyName(name)) {
    throw new Error(
      `Invalid config ${PERMISSION_POLICY_CONFIG_KEY}: "${name}"; use one of ${PERMISSION_POLICY_NAMES.join(
        ', ',
      )}, e.g. ownersOnly`,
    );
  }

  return {
    name,
    policy:
      name === 'ownersOnly' ? new StatefulSetOwnerPolicy() : allowAllPolicy,
  };
}
