import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { statefulSetApi } from './extensions/statefulSetApi';
import { statefulSetEntityCard } from './extensions/statefulSetEntityCard';
import { templatePageRouteRef } from './routes';

/**
 * The StatefulSet plugin for the new frontend system: the entity card and
 * the API client it uses. Its external route `templatePage` opens the
 * scaffolder's template page unless the app binds it elsewhere.
 *
 * @public
 */
export const statefulsetPlugin = createFrontendPlugin({
  pluginId: 'statefulset',
  info: { packageJson: () => import('../package.json') },
  externalRoutes: { templatePage: templatePageRouteRef },
  extensions: [statefulSetApi, statefulSetEntityCard],
});
