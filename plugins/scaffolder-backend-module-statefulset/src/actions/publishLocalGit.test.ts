import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGit } from '../localGit/runGit';
import { createPublishLocalGitAction } from './publishLocalGit';

describe('publish:local-git', () => {
  const mockDir = createMockDirectory();
  const root = mockDir.resolve('repositories');
  const workspacePath = mockDir.resolve('workspace');
  const action = createPublishLocalGitAction({
    config: mockServices.rootConfig({
      data: {
        statefulset: { localGitRoot: root },
        scaffolder: {
          defaultAuthor: { name: 'Portal', email: 'portal@example.com' },
          defaultCommitMessage: 'Create the repository',
        },
      },
    }),
  });

  beforeEach(() => {
    mockDir.clear();
    mockDir.setContent({
      workspace: {
        'catalog-info.yaml': 'kind: Component\n',
        manifests: { 'statefulset.yaml': 'kind: StatefulSet\n' },
      },
    });
  });

  // createMockActionContext does not pass isDryRun on, so it is set here.
  const contextFor = (input: Record<string, unknown>, isDryRun = false) => ({
    ...createMockActionContext({
      input: { repoName: 'nginx', ...input },
      workspacePath,
    }),
    isDryRun,
  });

  it('publish outputs clonable remote URL', async () => {
    const ctx = contextFor({});

    await action.handler(ctx);

    expect(ctx.output).toHaveBeenCalledWith(
      'remoteUrl',
      `file://${root}/nginx.git`,
    );
    const clonePath = mockDir.resolve('clone');
    await runGit(['clone', `file://${root}/nginx.git`, clonePath]);
    const manifest = await fs.readFile(
      path.join(clonePath, 'manifests', 'statefulset.yaml'),
      'utf8',
    );
    expect(manifest).toBe('kind: StatefulSet\n');
  });

  it('publish outputs readable catalogInfoUrl', async () => {
    const ctx = contextFor({});

    await action.handler(ctx);

    const catalogInfoUrl = `file://${root}/nginx/catalog-info.yaml`;
    expect(ctx.output).toHaveBeenCalledWith('catalogInfoUrl', catalogInfoUrl);
    expect(ctx.output).toHaveBeenCalledWith(
      'repoContentsUrl',
      `file://${root}/nginx`,
    );
    const catalogInfo = await fs.readFile(
      fileURLToPath(catalogInfoUrl),
      'utf8',
    );
    expect(catalogInfo).toBe('kind: Component\n');
  });

  it('publish uses the configured author and message', async () => {
    await action.handler(contextFor({}));

    const log = await runGit(['log', '--format=%an|%ae|%s', 'main'], {
      cwd: path.join(root, 'nginx.git'),
    });
    expect(log.trim()).toBe('Portal|portal@example.com|Create the repository');
  });

  it('publish of sourcePath commits that folder only', async () => {
    await action.handler(contextFor({ sourcePath: 'manifests' }));

    const files = await runGit(['ls-tree', '-r', '--name-only', 'main'], {
      cwd: path.join(root, 'nginx.git'),
    });
    expect(files.trim().split('\n')).toEqual(['statefulset.yaml']);
  });

  it('publish rejects an existing repository', async () => {
    await action.handler(contextFor({}));
    const before = await runGit(['rev-parse', 'main'], {
      cwd: path.join(root, 'nginx.git'),
    });

    await expect(action.handler(contextFor({}))).rejects.toThrow(
      /Repository "nginx" already exists at file:\/\/.*nginx\.git/,
    );

    const after = await runGit(['rev-parse', 'main'], {
      cwd: path.join(root, 'nginx.git'),
    });
    expect(after).toBe(before);
  });

  it.each([['../outside'], ['a/b'], ['.git'], ['Nginx']])(
    'publish rejects repoName %j',
    async repoName => {
      await expect(action.handler(contextFor({ repoName }))).rejects.toThrow(
        `Invalid repository name ${JSON.stringify(repoName)}`,
      );

      await expect(fs.readdir(mockDir.path)).resolves.toEqual(['workspace']);
    },
  );

  it('publish rejects catalogInfoPath outside repository', async () => {
    await expect(
      action.handler(
        contextFor({ catalogInfoPath: '../other/catalog-info.yaml' }),
      ),
    ).rejects.toThrow('Invalid catalogInfoPath');
  });

  it.each([['-b'], ['a..b'], ['main branch']])(
    'publish rejects defaultBranch %j',
    async defaultBranch => {
      await expect(
        action.handler(contextFor({ defaultBranch })),
      ).rejects.toThrow(
        `Invalid defaultBranch ${JSON.stringify(defaultBranch)}`,
      );

      await expect(fs.readdir(mockDir.path)).resolves.toEqual(['workspace']);
    },
  );

  it('publish to another defaultBranch', async () => {
    await action.handler(contextFor({ defaultBranch: 'release' }));

    const branches = await runGit(['branch', '--format=%(refname:short)'], {
      cwd: path.join(root, 'nginx.git'),
    });
    expect(branches.trim()).toBe('release');
  });

  it('dry run publishes nothing', async () => {
    const ctx = contextFor({}, true);

    await action.handler(ctx);

    expect(ctx.output).toHaveBeenCalledWith(
      'remoteUrl',
      `file://${root}/nginx.git`,
    );
    await expect(fs.stat(root)).rejects.toThrow('ENOENT');
  });
});
