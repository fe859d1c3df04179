export * from './statefulSetValues';
export { ENV_FIELD_PATHS } from './env';
export { ACCESS_MODES, HOST_PATH_TYPES } from './volumes';
