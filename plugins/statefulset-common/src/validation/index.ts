export { validateStatefulSetValues } from './validateStatefulSetValues';
export type { StatefulSetValuesValidation } from './validateStatefulSetValues';
export { formatFieldErrors, formatPath } from './fieldError';
export type { FieldError } from './fieldError';
export {
  ANNOTATIONS_TOTAL_MAX_BYTES,
  STATEFULSET_NAME_MAX_LENGTH,
  validateAnnotationKey,
  validateAnnotationsSize,
  validateConfigMapKey,
  validateDns1035Label,
  validateDns1123Label,
  validateDns1123Subdomain,
  validateEnvVarName,
  validateLabelKey,
  validateLabelValue,
  validateQualifiedName,
  validateStatefulSetName,
} from './rules/names';
export {
  NODE_PORT_MAX,
  NODE_PORT_MIN,
  validateNodePort,
  validatePortName,
  validatePortNumber,
  validatePortNumberOrName,
} from './rules/ports';
export {
  parseQuantity,
  suggestQuantity,
  validateQuantity,
} from './rules/quantity';
export type { QuantityKind } from './rules/quantity';
export {
  validateImageDigest,
  validateImageReference,
  validateImageRepository,
  validateImageTag,
} from './rules/image';
export {
  logDirectory,
  validateAbsolutePath,
  validateFileMode,
  validateLogPath,
  validateLogstore,
  validateSubPath,
} from './rules/paths';
export {
  validateIngressHost,
  validateIngressPath,
  validateWeight,
} from './rules/network';
export {
  ENV_FIELD_PATHS,
  validateEnvFieldPath,
  validateEntityRef,
  validateRepoUrl,
} from './rules/references';
