import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConflictError, InputError } from '@backstage/errors';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalGitRepositories } from './LocalGitRepositories';
import { runGit } from './runGit';

const author = { name: 'Platform Team', email: 'platform@example.com' };

describe('LocalGitRepositories', () => {
  const mockDir = createMockDirectory();
  const root = mockDir.resolve('repositories');
  const sourcePath = mockDir.resolve('workspace');
  const repositories = new LocalGitRepositories(root);

  beforeEach(() => {
    mockDir.clear();
    mockDir.setContent({
      workspace: {
        'catalog-info.yaml': 'kind: Component\n',
        manifests: { 'statefulset.yaml': 'kind: StatefulSet\n' },
      },
    });
  });

  const createNginx = () =>
    repositories.create({
      name: 'nginx',
      sourcePath,
      defaultBranch: 'main',
      commitMessage: 'Add the nginx StatefulSet',
      author,
    });

  it('create pushes the workspace files', async () => {
    const created = await createNginx();

    const clonePath = mockDir.resolve('clone');
    await runGit(['clone', created.remoteUrl, clonePath]);
    const manifest = await fs.readFile(
      path.join(clonePath, 'manifests', 'statefulset.yaml'),
      'utf8',
    );
    expect(manifest).toBe('kind: StatefulSet\n');
    expect(created.remoteUrl).toBe(`file://${root}/nginx.git`);
  });

  it('create commits with author and message', async () => {
    const created = await createNginx();

    const log = await runGit(['log', '--format=%H|%an|%ae|%s', 'main'], {
      cwd: created.barePath,
    });
    expect(log.trim()).toBe(
      `${created.commitHash}|Platform Team|platform@example.com|Add the nginx StatefulSet`,
    );
  });

  it('create checks out a copy beside the bare repository', async () => {
    const created = await createNginx();

    const catalogInfo = await fs.readFile(
      path.join(root, 'nginx', 'catalog-info.yaml'),
      'utf8',
    );
    expect(catalogInfo).toBe('kind: Component\n');
    expect(created.repoContentsUrl).toBe(`file://${root}/nginx`);
  });

  it('push to main updates the copy', async () => {
    const created = await createNginx();
    const clonePath = mockDir.resolve('clone');
    await runGit(['clone', created.remoteUrl, clonePath]);
    await fs.writeFile(
      path.join(clonePath, 'catalog-info.yaml'),
      'kind: Component # changed\n',
    );
    await runGit(['commit', '--all', '--message', 'Change the component'], {
      cwd: clonePath,
      config: { 'user.name': author.name, 'user.email': author.email },
    });

    await runGit(['push', 'origin', 'HEAD:refs/heads/main'], {
      cwd: clonePath,
    });

    const copy = await fs.readFile(
      path.join(created.workTreePath, 'catalog-info.yaml'),
      'utf8',
    );
    expect(copy).toBe('kind: Component # changed\n');
  });

  it('push to another branch leaves the copy', async () => {
    const created = await createNginx();
    const clonePath = mockDir.resolve('clone');
    await runGit(['clone', created.remoteUrl, clonePath]);
    await fs.writeFile(
      path.join(clonePath, 'catalog-info.yaml'),
      'kind: Component # proposed\n',
    );
    await runGit(['commit', '--all', '--message', 'Propose a change'], {
      cwd: clonePath,
      config: { 'user.name': author.name, 'user.email': author.email },
    });

    await runGit(['push', 'origin', 'HEAD:refs/heads/proposal'], {
      cwd: clonePath,
    });

    const copy = await fs.readFile(
      path.join(created.workTreePath, 'catalog-info.yaml'),
      'utf8',
    );
    expect(copy).toBe('kind: Component\n');
  });

  it('create leaves no .git folder in the workspace', async () => {
    await createNginx();

    await expect(fs.stat(path.join(sourcePath, '.git'))).rejects.toThrow(
      'ENOENT',
    );
  });

  it('create rejects an existing name unchanged', async () => {
    const first = await createNginx();
    await fs.writeFile(path.join(sourcePath, 'catalog-info.yaml'), 'changed\n');

    await expect(createNginx()).rejects.toThrow(ConflictError);
    await expect(createNginx()).rejects.toThrow(
      'Repository "nginx" already exists',
    );

    const head = await runGit(['rev-parse', 'main'], { cwd: first.barePath });
    expect(head.trim()).toBe(first.commitHash);
    const catalogInfo = await fs.readFile(
      path.join(first.workTreePath, 'catalog-info.yaml'),
      'utf8',
    );
    expect(catalogInfo).toBe('kind: Component\n');
  });

  it('create removes a half-created repository', async () => {
    await fs.rm(sourcePath, { recursive: true });
    await fs.mkdir(sourcePath);

    await expect(createNginx()).rejects.toThrow('git commit failed');

    expect(await fs.readdir(root)).toEqual([]);
  });

  it.each([
    ['../escape'],
    ['nested/name'],
    ['.hidden'],
    ['Upper'],
    ['nginx.git'],
    ['a..b'],
    [''],
    ['-flag'],
  ])('locate rejects repository name %j', name => {
    expect(() => repositories.locate(name)).toThrow(InputError);
    expect(() => repositories.locate(name)).toThrow(
      `Invalid repository name ${JSON.stringify(name)}`,
    );
  });

  it('create with an invalid name writes nothing', async () => {
    await expect(
      repositories.create({
        name: '../escape',
        sourcePath,
        defaultBranch: 'main',
        commitMessage: 'message',
        author,
      }),
    ).rejects.toThrow(InputError);

    await expect(fs.stat(root)).rejects.toThrow('ENOENT');
  });
});
