export { EntityStatefulSetCard, legacyStatefulsetPlugin } from './plugin';
