import {
  coreServices,
  createBackendPlugin,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { pathToFileURL } from 'node:url';
import statefulsetFeatures, { scaffolderModule } from './index';

describe('statefulset scaffolder features', () => {
  const mockDir = createMockDirectory();
  const root = mockDir.resolve('repositories');

  beforeEach(() => {
    mockDir.clear();
    mockDir.setContent({
      repositories: { nginx: { 'catalog-info.yaml': 'kind: Component\n' } },
    });
  });

  it('scaffolderModule adds three actions', async () => {
    const addActions = jest.fn();

    const backend = await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [
        scaffolderModule,
        catalogServiceMock.factory(),
        mockServices.rootConfig.factory({
          data: { statefulset: { localGitRoot: root } },
        }),
      ],
    });

    const ids = addActions.mock.calls.flat().map(action => action.id);
    expect(ids).toEqual([
      'statefulset:render',
      'publish:local-git',
      'statefulset:propose-change',
    ]);
    await backend.stop();
  });

  it('default export adds local Git reader', async () => {
    let urlReader: UrlReaderService | undefined;
    const readerProbe = createBackendPlugin({
      pluginId: 'probe',
      register(env) {
        env.registerInit({
          deps: { reader: coreServices.urlReader },
          async init({ reader }) {
            urlReader = reader;
          },
        });
      },
    });

    const backend = await startTestBackend({
      features: [
        statefulsetFeatures,
        readerProbe,
        catalogServiceMock.factory(),
        mockServices.rootConfig.factory({
          data: { statefulset: { localGitRoot: root } },
        }),
      ],
    });

    const url = pathToFileURL(
      mockDir.resolve('repositories/nginx/catalog-info.yaml'),
    ).href;
    const response = await urlReader!.readUrl(url);
    expect((await response.buffer()).toString()).toBe('kind: Component\n');
    await backend.stop();
  });
});
