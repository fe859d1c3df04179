import { createServiceFactory } from '@backstage/backend-plugin-api';
import { urlReaderFactoriesServiceRef } from '@backstage/backend-defaults/urlReader';
import { LocalGitUrlReader } from './LocalGitUrlReader';

/**
 * Adds {@link LocalGitUrlReader} to the URL readers of every plugin, so the
 * catalog can read `file://` URLs below the local Git root.
 */
export const localGitUrlReaderFactory = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: {},
  async factory() {
    return LocalGitUrlReader.factory;
  },
});
