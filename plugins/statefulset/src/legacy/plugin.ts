import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { statefulSetApiRef } from '../api/StatefulSetApi';
import { StatefulSetClient } from '../api/StatefulSetClient';
import { templatePageRouteRef } from '../routes';

/**
 * The StatefulSet plugin for apps on the legacy frontend system. Bind its
 * external route `templatePage` to `scaffolderPlugin.routes.selectedTemplate`
 * in `createApp({ bindRoutes })`, or the card's Edit stays disabled.
 *
 * @public
 */
export const legacyStatefulsetPlugin = createPlugin({
  id: 'statefulset',
  externalRoutes: { templatePage: templatePageRouteRef },
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
