import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
} from '@internal/backstage-plugin-statefulset-common';

/**
 * The StatefulSet card on the overview of entities that carry
 * `backstage.io/kubernetes-id` or `backstage.io/kubernetes-label-selector`.
 */
export const statefulSetEntityCard = EntityCardBlueprint.make({
  name: 'statefulset',
  params: {
    type: 'content',
    // Matches the same entities as isStatefulSetAvailable, for the legacy app.
    filter: {
      $any: [
        {
          [`metadata.annotations.${KUBERNETES_ID_ANNOTATION}`]: {
            $exists: true,
          },
        },
        {
          [`metadata.annotations.${KUBERNETES_LABEL_SELECTOR_ANNOTATION}`]: {
            $exists: true,
          },
        },
      ],
    },
    loader: () =>
      import('../components/StatefulSetCard').then(m => <m.StatefulSetCard />),
  },
});
