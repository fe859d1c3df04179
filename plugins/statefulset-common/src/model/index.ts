export * from './statefulSetValues';
export { ACCESS_MODES, HOST_PATH_TYPES } from './volumes';
export * from './selectorLabels';
