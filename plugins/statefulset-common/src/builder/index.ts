export { buildManifests, buildManifestSet } from './buildManifests';
export type { StatefulSetManifests } from './buildManifests';
export { renderManifestsYaml } from './renderManifestsYaml';
export { buildRepositoryFiles } from './repositoryFiles';
export type { RepositoryFile, RepositoryFilesOptions } from './repositoryFiles';
export { collectWarnings } from './warnings';
export type { Warning, WarningId } from './warnings';
export { headlessServiceName } from './names';
export { selectorLabels, formatLabelSelector } from './labels';
export { toYaml, toYamlStream } from './yaml';
export type {
  HorizontalPodAutoscaler as HorizontalPodAutoscalerManifest,
  Ingress as IngressManifest,
  KubernetesObject,
  Service as ServiceManifest,
  StatefulSet as StatefulSetManifest,
} from './kubernetesTypes';
