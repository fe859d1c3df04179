import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/config';
import { setupServer } from 'msw/node';

/**
 * Prepares a `describe` block that proposes a change on a fake Git host. It
 * registers the hooks of an msw server that fails on unhandled requests, so
 * call it inside `describe`. The returned config contains `integrations`
 * and a local Git root inside the returned mock directory.
 */
export function setupFakeGitHost(integrations: JsonObject) {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const mockDir = createMockDirectory();
  const config = mockServices.rootConfig({
    data: {
      integrations,
      statefulset: { localGitRoot: mockDir.resolve('repositories') },
    },
  });

  return { server, mockDir, config };
}

/**
 * Input of a publish action that opens a pull or merge request, built from
 * the outputs of `statefulset:propose-change`.
 */
export function publishRequestInput(proposed: Record<string, any>) {
  return {
    repoUrl: proposed.repoUrl,
    branchName: proposed.branchName,
    targetBranchName: proposed.targetBranchName,
    title: proposed.title,
    description: proposed.description,
  };
}
