import { mockServices } from '@backstage/backend-test-utils';
import { Config } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  buildRepositoryFiles,
  RepositoryFile,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { writeRepositoryFiles } from '../../repositoryFiles/writeRepositoryFiles';
import { createProposeChangeAction } from '../proposeChange';

const EXAMPLE_PATH = path.resolve(
  __dirname,
  '../../../../../templates/statefulset/examples/nginx.yaml',
);

/** Values of the nginx example, as a new object each call. */
export async function nginxValues(): Promise<Record<string, any>> {
  return parse(await fs.readFile(EXAMPLE_PATH, 'utf8'));
}

/** Renders the repository files of `values`, failing on invalid values. */
export function renderFiles(values: Record<string, any>): RepositoryFile[] {
  const result = validateStatefulSetValues(values);
  if (!result.success) {
    throw new Error(JSON.stringify(result.errors));
  }
  return buildRepositoryFiles(result.values);
}

/**
 * Renders `edited` into the workspace and runs `statefulset:propose-change`
 * for a component whose source location is `sourceLocation`. A fake URL
 * reader serves the files of `original` below that location. Returns the
 * action's outputs by name.
 */
export async function proposeOnGitHost(options: {
  config: Config;
  sourceLocation: string;
  original: Record<string, any>;
  edited: Record<string, any>;
  workspacePath: string;
  branchName: string;
}): Promise<Record<string, any>> {
  const originalFiles = renderFiles(options.original);
  await writeRepositoryFiles(
    options.workspacePath,
    renderFiles(options.edited),
  );

  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'nginx',
      namespace: 'default',
      annotations: {
        'backstage.io/kubernetes-id': 'nginx',
        'backstage.io/source-location': `url:${options.sourceLocation}`,
      },
    },
    spec: { type: 'service', owner: 'group:default/guests' },
  };
  const action = createProposeChangeAction({
    config: options.config,
    permissions: mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    }),
    catalog: catalogServiceMock({ entities: [entity] }),
    auditor: mockServices.auditor.mock({
      createEvent: async () => ({
        success: async () => {},
        fail: async () => {},
      }),
    }),
    urlReader: mockServices.urlReader.mock({
      readUrl: async (url: string) => {
        const file = originalFiles.find(
          candidate => `${options.sourceLocation}${candidate.path}` === url,
        );
        if (!file) {
          throw new NotFoundError(`${url} does not exist`);
        }
        return { buffer: async () => Buffer.from(file.content) };
      },
    }),
  });

  const ctx = createMockActionContext({
    input: {
      entityRef: 'component:default/nginx',
      values: options.edited,
      branchName: options.branchName,
    },
    workspacePath: options.workspacePath,
  });
  await action.handler(ctx as any);
  return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
}
