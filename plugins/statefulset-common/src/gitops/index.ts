export type {
  ManifestComparisonResponse,
  ManifestDifference,
  RepositoryValuesResponse,
} from './types';
export {
  describeRecreateSteps,
  findImmutableChanges,
  immutableStatefulSetFields,
} from './immutableFields';
export type { ImmutableStatefulSetField } from './immutableFields';
export { locateRepository, repositoryFileUrl } from './repositoryLocation';
export type { RepositoryLocation } from './repositoryLocation';
