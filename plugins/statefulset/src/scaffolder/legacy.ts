import { scaffolderPlugin } from '@backstage/plugin-scaffolder';
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { statefulSetFieldOptions } from './fields';

function provide(name: string) {
  const options = statefulSetFieldOptions.find(o => o.name === name)!;
  return scaffolderPlugin.provide(createScaffolderFieldExtension(options));
}

/*
 * Field extensions for apps on the legacy frontend system: render them inside
 * <ScaffolderFieldExtensions> of the scaffolder route.
 */

/** @public */
export const StatefulSetScalarFieldExtension = provide('StatefulSetScalar');
/** @public */
export const StatefulSetContainersFieldExtension = provide(
  'StatefulSetContainers',
);
/** @public */
export const StatefulSetKeyValuesFieldExtension = provide(
  'StatefulSetKeyValues',
);
/** @public */
export const StatefulSetPullSecretsFieldExtension = provide(
  'StatefulSetPullSecrets',
);
/** @public */
export const StatefulSetVolumesFieldExtension = provide('StatefulSetVolumes');
/** @public */
export const StatefulSetVolumeMountsFieldExtension = provide(
  'StatefulSetVolumeMounts',
);
/** @public */
export const StatefulSetClaimTemplatesFieldExtension = provide(
  'StatefulSetClaimTemplates',
);
/** @public */
export const StatefulSetServiceFieldExtension = provide('StatefulSetService');
/** @public */
export const StatefulSetIngressFieldExtension = provide('StatefulSetIngress');
/** @public */
export const StatefulSetAutoscalingFieldExtension = provide(
  'StatefulSetAutoscaling',
);
/** @public */
export const StatefulSetUpdateStrategyFieldExtension = provide(
  'StatefulSetUpdateStrategy',
);
/** @public */
export const StatefulSetSchedulingFieldExtension = provide(
  'StatefulSetScheduling',
);
/** @public */
export const StatefulSetManifestPreviewFieldExtension = provide(
  'StatefulSetManifestPreview',
);
