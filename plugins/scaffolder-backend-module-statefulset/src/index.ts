/**
 * Scaffolder actions that render StatefulSet repositories
 * (`statefulset:render`) and publish them to bare Git repositories on the
 * backend's disk (`publish:local-git`), with the URL reader that lets the
 * catalog read those repositories.
 *
 * @packageDocumentation
 */

import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { localGitUrlReaderFactory } from './localGit/localGitUrlReaderFactory';
import { scaffolderModule } from './module';

export { scaffolderModule } from './module';
export { localGitUrlReaderFactory } from './localGit/localGitUrlReaderFactory';
export { createPublishLocalGitAction } from './actions/publishLocalGit';

/**
 * Installs the scaffolder module and the local Git URL reader with one
 * `backend.add(import(...))`.
 */
export default createBackendFeatureLoader({
  loader() {
    return [scaffolderModule, localGitUrlReaderFactory];
  },
});
