/**
 * Scaffolder actions that render StatefulSet repositories
 * (`statefulset:render`), publish them to bare Git repositories on the
 * backend's disk (`publish:local-git`) and propose changes to them
 * (`statefulset:propose-change`), with the URL reader that lets the catalog
 * read those repositories.
 *
 * @packageDocumentation
 */

import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { localGitUrlReaderFactory } from './localGit/localGitUrlReaderFactory';
import { scaffolderModule } from './module';

export { scaffolderModule } from './module';
export { localGitUrlReaderFactory } from './localGit/localGitUrlReaderFactory';
export { createPublishLocalGitAction } from './actions/publishLocalGit';
export { createProposeChangeAction } from './actions/proposeChange';
export type { ProposeChangeActionOptions } from './actions/proposeChange';

/**
 * Installs the scaffolder module and the local Git URL reader with one
 * `backend.add(import(...))`.
 */
export default createBackendFeatureLoader({
  loader() {
    return [scaffolderModule, localGitUrlReaderFactory];
  },
});
