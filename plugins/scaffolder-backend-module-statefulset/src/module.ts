import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createProposeChangeAction } from './actions/proposeChange';
import { createPublishLocalGitAction } from './actions/publishLocalGit';
import { createRenderAction } from './actions/render';

/**
 * Adds the actions `statefulset:render`, `publish:local-git` and
 * `statefulset:propose-change` to the scaffolder.
 */
export const scaffolderModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'statefulset',
  register({ registerInit }) {
    registerInit({
      deps: {
        config: coreServices.rootConfig,
        permissions: coreServices.permissions,
        auditor: coreServices.auditor,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
        scaffolderActions: scaffolderActionsExtensionPoint,
      },
      async init({ scaffolderActions, ...services }) {
        scaffolderActions.addActions(
          createRenderAction(),
          createPublishLocalGitAction({ config: services.config }),
          createProposeChangeAction(services),
        );
      },
    });
  },
});
