/**
 * Example permission policy for the StatefulSet actions: only an entity's
 * owners may scale or redeploy its StatefulSet.
 *
 * @packageDocumentation
 */

export { StatefulSetOwnerPolicy } from './StatefulSetOwnerPolicy';
export { statefulSetOwnerPolicyModule as default } from './statefulSetOwnerPolicyModule';
