import type { FieldExtensionOptions } from '@backstage/plugin-scaffolder-react';
import { AutoscalingField } from './autoscaling/AutoscalingField';
import { ContainersField } from './containers/ContainersField';
import { PullSecretsField } from './image/PullSecretsField';
import { KeyValuesField } from './keyValues/KeyValuesField';
import { createModelValidation } from './modelErrors';
import { IngressField } from './network/IngressField';
import { ServiceField } from './network/ServiceField';
import { VolumeMountsField } from './mounts/VolumeMountsField';
import { ManifestPreviewField } from './preview/ManifestPreviewField';
import { ScalarField } from './scalar/ScalarField';
import { SchedulingField } from './scheduling/SchedulingField';
import { ClaimTemplatesField } from './volumes/ClaimTemplatesField';
import { UpdateStrategyField } from './updateStrategy/UpdateStrategyField';
import { VolumesField } from './volumes/VolumesField';

/**
 * The field extensions of the "Stateful application" template, by the name
 * that a template's `ui:field` uses. Each one except the preview validates
 * its key with the parameter model.
 */
export const statefulSetFieldOptions: FieldExtensionOptions<any, any>[] = [
  {
    name: 'StatefulSetScalar',
    component: ScalarField,
    validation: createModelValidation('name'),
  },
  {
    name: 'StatefulSetContainers',
    component: ContainersField,
    validation: createModelValidation('containers'),
  },
  {
    name: 'StatefulSetKeyValues',
    component: KeyValuesField,
    validation: createModelValidation('labels'),
  },
  {
    name: 'StatefulSetPullSecrets',
    component: PullSecretsField,
    validation: createModelValidation('imagePullSecrets'),
  },
  {
    name: 'StatefulSetVolumes',
    component: VolumesField,
    validation: createModelValidation('volumes'),
  },
  {
    name: 'StatefulSetVolumeMounts',
    component: VolumeMountsField,
    validation: createModelValidation('containers'),
  },
  {
    name: 'StatefulSetClaimTemplates',
    component: ClaimTemplatesField,
    validation: createModelValidation('volumeClaimTemplates'),
  },
  {
    name: 'StatefulSetService',
    component: ServiceField,
    validation: createModelValidation('service'),
  },
  {
    name: 'StatefulSetIngress',
    component: IngressField,
    validation: createModelValidation('ingress'),
  },
  {
    name: 'StatefulSetAutoscaling',
    component: AutoscalingField,
    validation: createModelValidation('autoscaling'),
  },
  {
    name: 'StatefulSetUpdateStrategy',
    component: UpdateStrategyField,
    validation: createModelValidation('updateStrategy'),
  },
  {
    name: 'StatefulSetScheduling',
    component: SchedulingField,
    validation: createModelValidation('scheduling'),
  },
  { name: 'StatefulSetManifestPreview', component: ManifestPreviewField },
];
