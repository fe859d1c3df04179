export * from './legacy';
export { statefulSetFieldOptions } from './fields';
