import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createPublishLocalGitAction } from './actions/publishLocalGit';
import { createRenderAction } from './actions/render';

/**
 * Adds the actions `statefulset:render` and `publish:local-git` to the
 * scaffolder.
 */
export const scaffolderModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'statefulset',
  register({ registerInit }) {
    registerInit({
      deps: {
        config: coreServices.rootConfig,
        scaffolderActions: scaffolderActionsExtensionPoint,
      },
      async init({ config, scaffolderActions }) {
        scaffolderActions.addActions(
          createRenderAction(),
          createPublishLocalGitAction({ config }),
        );
      },
    });
  },
});
