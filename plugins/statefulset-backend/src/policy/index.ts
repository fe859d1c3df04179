/**
 * Permission policies for the StatefulSet actions. The default export is a
 * permission backend module that installs the allow-all policy or the
 * owners-only policy, as the config key `statefulset.permissionPolicy` selects.
 *
 * @packageDocumentation
 */

export { StatefulSetOwnerPolicy } from './StatefulSetOwnerPolicy';
export {
  PERMISSION_POLICY_NAMES,
  selectPermissionPolicy,
} from './selectPermissionPolicy';
export type { PermissionPolicyName } from './selectPermissionPolicy';
export { statefulSetPermissionPolicyModule as default } from './statefulSetPermissionPolicyModule';
