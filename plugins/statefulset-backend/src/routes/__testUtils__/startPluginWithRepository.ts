import { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  mockServices,
  ServiceMock,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { clusterConfig } from '../../__testUtils__/startPlugin';
import { statefulsetPlugin } from '../../plugin';

/** Base URL of the fake repository in tests. */
export const REPOSITORY_URL = 'https://github.com/acme/nginx/tree/main/';

/**
 * Starts a test backend with the plugin, a mock catalog holding `entities`
 * and a fake URL reader that serves `files` (absolute URL to content) and
 * responds with NotFoundError to every other URL.
 */
export async function startPluginWithRepository(options: {
  entities: Entity[];
  files: Record<string, string>;
}): Promise<{
  server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  urlReader: ServiceMock<UrlReaderService>;
}> {
  const urlReader = mockServices.urlReader.mock({
    readUrl: async (url: string) => {
      const content = options.files[url];
      if (content === undefined) {
        throw new NotFoundError(`${url} does not exist`);
      }
      return { buffer: async () => Buffer.from(content) };
    },
  });

  const { server } = await startTestBackend({
    features: [
      statefulsetPlugin,
      catalogServiceMock.factory({ entities: options.entities }),
      mockServices.rootConfig.factory({ data: clusterConfig() }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      urlReader.factory,
    ],
  });
  return { server, urlReader };
}
