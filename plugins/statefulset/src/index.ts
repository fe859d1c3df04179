/**
 * Frontend of the StatefulSet portal: the entity card, its API client and
 * the scaffolder field extensions.
 *
 * The default export is the plugin for the new frontend system. The named
 * exports from `./legacy` serve apps on the legacy frontend system.
 *
 * @packageDocumentation
 */

export { statefulsetPlugin as default } from './plugin';
export { EntityStatefulSetCard, legacyStatefulsetPlugin } from './legacy';
export { isStatefulSetAvailable } from './lib/entityAvailability';
export { statefulSetApiRef } from './api/StatefulSetApi';
export type { StatefulSetApi } from './api/StatefulSetApi';
export { StatefulSetClient } from './api/StatefulSetClient';
export * from './scaffolder';
