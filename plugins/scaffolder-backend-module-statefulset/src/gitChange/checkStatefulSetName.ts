import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  KUBERNETES_ID_ANNOTATION,
  StatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';

/**
 * Throws InputError when the values name another StatefulSet than the one
 * the entity deploys. Applying such a change from the entity's repository
 * would add a second set, or take over an existing set of that name, and
 * its catalog component.
 */
export function checkStatefulSetName(
  entity: Entity,
  values: StatefulSetValues,
): void {
  const deployed = entity.metadata.annotations?.[KUBERNETES_ID_ANNOTATION];
  if (deployed === undefined || deployed === values.name) {
    return;
  }

  throw new InputError(
    `Invalid name ${JSON.stringify(values.name)}: ` +
      `${stringifyEntityRef(entity)} deploys the StatefulSet ` +
      `${JSON.stringify(deployed)} (annotation ${KUBERNETES_ID_ANNOTATION}), ` +
      'and a new name in its repository would create a second StatefulSet; ' +
      `keep the name ${JSON.stringify(deployed)}, or create ` +
      `${JSON.stringify(
        values.name,
      )} with the template "Stateful application". ` +
      'Nothing was pushed',
  );
}
