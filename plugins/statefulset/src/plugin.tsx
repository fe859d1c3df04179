import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { statefulSetApi } from './extensions/statefulSetApi';
import { statefulSetEntityCard } from './extensions/statefulSetEntityCard';

/**
 * The StatefulSet plugin for the new frontend system: the entity card and
 * the API client it uses.
 *
 * @public
 */
export const statefulsetPlugin = createFrontendPlugin({
  pluginId: 'statefulset',
  info: { packageJson: () => import('../package.json') },
  extensions: [statefulSetApi, statefulSetEntityCard],
});
