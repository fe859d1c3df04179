/**
 * Backend plugin of the StatefulSet portal: the status of an entity's
 * StatefulSet, and the scale and redeploy actions behind Backstage
 * permissions and audit events.
 *
 * @packageDocumentation
 */

export { statefulsetPlugin as default } from './plugin';
