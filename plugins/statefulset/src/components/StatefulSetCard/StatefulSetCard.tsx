import { InfoCard } from '@backstage/core-components';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
} from '@internal/backstage-plugin-statefulset-common';
import { isStatefulSetAvailable } from '../../lib/entityAvailability';
import { StatefulSetStatusCard } from './StatefulSetStatusCard';

/**
 * Entity card of the StatefulSet that the current entity's annotations point
 * at: pods and claims by ordinal, rollout progress, events, and the Scale and
 * Redeploy actions.
 *
 * @public
 */
export function StatefulSetCard() {
  const { entity } = useEntity();

  if (!isStatefulSetAvailable(entity)) {
    return (
      <InfoCard title="StatefulSet">
        <MissingAnnotationEmptyState
          annotation={[
            KUBERNETES_ID_ANNOTATION,
            KUBERNETES_LABEL_SELECTOR_ANNOTATION,
          ]}
        />
      </InfoCard>
    );
  }

  return <StatefulSetStatusCard entity={entity} />;
}
