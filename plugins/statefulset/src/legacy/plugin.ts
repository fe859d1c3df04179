import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { statefulSetApiRef } from '../api/StatefulSetApi';
import { StatefulSetClient } from '../api/StatefulSetClient';

/**
 * The StatefulSet plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const legacyStatefulsetPlugin = createPlugin({
  id: 'statefulset',
  apis: [
    createApiFactory({
      api: statefulSetApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new StatefulSetClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The StatefulSet entity card for the legacy frontend system. Place it on an
 * entity page inside `<EntitySwitch.Case if={isStatefulSetAvailable}>`.
 *
 * @public
 */
export const EntityStatefulSetCard = legacyStatefulsetPlugin.provide(
  createComponentExtension({
    name: 'EntityStatefulSetCard',
    component: {
      lazy: () =>
        import('../components/StatefulSetCard').then(m => m.StatefulSetCard),
    },
  }),
);
