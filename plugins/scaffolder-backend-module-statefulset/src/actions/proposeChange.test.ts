import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { AuditorServiceCreateEventOptions } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  buildRepositoryFiles,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { LocalGitRepositories } from '../localGit/LocalGitRepositories';
import { runGit } from '../localGit/runGit';
import { writeRepositoryFiles } from '../repositoryFiles/writeRepositoryFiles';
import { createProposeChangeAction } from './proposeChange';

const EXAMPLE_PATH = path.resolve(
  __dirname,
  '../../../../templates/statefulset/examples/nginx.yaml',
);

async function nginxValues(): Promise<Record<string, any>> {
  return parse(await fs.readFile(EXAMPLE_PATH, 'utf8'));
}

async function render(values: Record<string, any>, folder: string) {
  const result = validateStatefulSetValues(values);
  if (!result.success) {
    throw new Error(JSON.stringify(result.errors));
  }
  await fs.rm(folder, { recursive: true, force: true });
  await writeRepositoryFiles(folder, buildRepositoryFiles(result.values));
}

/** Values of the nginx example with four replicas and one more variable. */
async function editedValues(): Promise<Record<string, any>> {
  const values = await nginxValues();
  values.replicas = 4;
  values.containers[0].env = [
    { source: 'value', name: 'NGINX_PORT', value: '80' },
  ];
  return values;
}

interface AuditRecord {
  eventId: string;
  meta: Record<string, unknown>;
  outcome: 'pending' | 'success' | 'failure';
}

describe('statefulset:propose-change', () => {
  const mockDir = createMockDirectory();
  const root = mockDir.resolve('repositories');
  const workspacePath = mockDir.resolve('workspace');
  const barePath = path.join(root, 'nginx.git');

  let auditRecords: AuditRecord[];
  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'nginx',
      namespace: 'default',
      annotations: {
        'backstage.io/kubernetes-id': 'nginx',
        'backstage.io/managed-by-location': `url:${
          pathToFileURL(path.join(root, 'nginx')).href
        }/catalog-info.yaml`,
      },
    },
    spec: { type: 'service', owner: 'group:default/guests' },
  };

  function createAction(
    options: {
      allow?: boolean;
      entities?: Entity[];
      files?: Record<string, string>;
    } = {},
  ) {
    const auditor = mockServices.auditor.mock({
      createEvent: async (event: AuditorServiceCreateEventOptions) => {
        const record: AuditRecord = {
          eventId: event.eventId,
          meta: { ...event.meta },
          outcome: 'pending',
        };
        auditRecords.push(record);
        return {
          success: async result => {
            record.outcome = 'success';
            Object.assign(record.meta, result?.meta);
          },
          fail: async () => {
            record.outcome = 'failure';
          },
        };
      },
    });
    const urlReader = mockServices.urlReader.mock({
      readUrl: async (url: string) => {
        const content = options.files?.[url];
        if (content === undefined) {
          throw new NotFoundError(`${url} does not exist`);
        }
        return { buffer: async () => Buffer.from(content) };
      },
    });
    return createProposeChangeAction({
      config: mockServices.rootConfig({
        data: {
          statefulset: { localGitRoot: root },
          scaffolder: {
            defaultAuthor: { name: 'Portal', email: 'portal@example.com' },
          },
          integrations: {
            github: [{ host: 'github.com' }],
            gitlab: [{ host: 'gitlab.com' }],
          },
        },
      }),
      permissions: mockServices.permissions.mock({
        authorize: async requests =>
          requests.map(() => ({
            result:
              options.allow === false
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          })),
      }),
      catalog: catalogServiceMock({ entities: options.entities ?? [entity] }),
      auditor,
      urlReader,
    });
  }

  // createMockActionContext does not pass isDryRun on, so it is set here.
  function contextFor(input: Record<string, unknown>, isDryRun = false) {
    return {
      ...createMockActionContext({
        input: { entityRef: 'component:default/nginx', ...input },
        workspacePath,
        user: { ref: 'user:default/alice' },
      }),
      isDryRun,
    };
  }

  const git = (args: string[]) => runGit(args, { cwd: barePath });
  const branches = async () =>
    (await git(['for-each-ref', '--format=%(refname:short)', 'refs/heads']))
      .split('\n')
      .filter(Boolean);

  beforeEach(async () => {
    auditRecords = [];
    mockDir.clear();
    const initial = mockDir.resolve('initial');
    await render(await nginxValues(), initial);
    await new LocalGitRepositories(root).create({
      name: 'nginx',
      sourcePath: initial,
      defaultBranch: 'main',
      commitMessage: 'Add the StatefulSet nginx',
      author: { name: 'Portal', email: 'portal@example.com' },
    });
  });

  it('pushes a branch with exactly the edited lines', async () => {
    const values = await editedValues();
    await render(values, workspacePath);
    const mainBefore = await git(['rev-parse', 'main']);
    const ctx = contextFor({ values, branchName: 'statefulset/four' });

    await createAction().handler(ctx as any);

    expect(await branches()).toEqual(['main', 'statefulset/four']);
    expect(await git(['rev-parse', 'main'])).toBe(mainBefore);
    expect(
      (await git(['diff', '--name-only', 'main', 'statefulset/four'])).split(
        '\n',
      ),
    ).toEqual(['manifests/statefulset.yaml', 'values.yaml', '']);
    const diff = await git([
      'diff',
      '--unified=0',
      'main',
      'statefulset/four',
      '--',
      'values.yaml',
      'manifests/statefulset.yaml',
    ]);
    const changedLines = diff
      .split('\n')
      .filter(line => /^[-+](?![-+]{2} )/.test(line));
    expect(changedLines).toEqual([
      '-  replicas: 3',
      '+  replicas: 4',
      '+          env:',
      '+            - name: NGINX_PORT',
      '+              value: "80"',
      '-replicas: 3',
      '+replicas: 4',
      '+    env:',
      '+      - source: value',
      '+        name: NGINX_PORT',
      '+        value: "80"',
    ]);
    expect(ctx.output).toHaveBeenCalledWith('provider', 'local');
    expect(ctx.output).toHaveBeenCalledWith('changedFiles', [
      'manifests/statefulset.yaml',
      'values.yaml',
    ]);
    expect(ctx.output).toHaveBeenCalledWith(
      'commitHash',
      (await git(['rev-parse', 'statefulset/four'])).trim(),
    );
    expect(ctx.output).toHaveBeenCalledWith('immutableChanges', []);
  });

  it('leaves the checked-out copy unchanged', async () => {
    const values = await editedValues();
    await render(values, workspacePath);
    const valuesPath = path.join(root, 'nginx', 'values.yaml');
    const before = await fs.readFile(valuesPath, 'utf8');

    await createAction().handler(contextFor({ values }) as any);

    expect(await fs.readFile(valuesPath, 'utf8')).toBe(before);
  });

  it('names the default branch after set and time', async () => {
    const values = await editedValues();
    await render(values, workspacePath);
    const ctx = contextFor({ values });

    await createAction().handler(ctx as any);

    const created = (await branches()).filter(branch => branch !== 'main');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatch(/^statefulset\/update-nginx-\d{14}$/);
    expect(ctx.output).toHaveBeenCalledWith('branchName', created[0]);
  });

  it('audits the pushed change', async () => {
    const values = await editedValues();
    await render(values, workspacePath);

    await createAction().handler(
      contextFor({ values, branchName: 'statefulset/four' }) as any,
    );

    expect(auditRecords).toEqual([
      {
        eventId: 'statefulset-propose-change',
        outcome: 'success',
        meta: expect.objectContaining({
          entityRef: 'component:default/nginx',
          actor: 'user:default/alice',
          provider: 'local',
          branchName: 'statefulset/four',
          commitHash: expect.stringMatching(/^[0-9a-f]{40}$/),
        }),
      },
    ]);
  });

  it('dry run pushes nothing', async () => {
    const values = await nginxValues();
    values.volumeClaimTemplates[0].storage = '30Gi';
    await render(values, workspacePath);
    const ctx = contextFor({ values, branchName: 'statefulset/dry' }, true);

    await createAction().handler(ctx as any);

    expect(await branches()).toEqual(['main']);
    expect(ctx.output).toHaveBeenCalledWith('branchName', 'statefulset/dry');
    expect(ctx.output).toHaveBeenCalledWith('immutableChanges', [
      'volumeClaimTemplates',
    ]);
    expect(ctx.output).not.toHaveBeenCalledWith(
      'commitHash',
      expect.anything(),
    );
  });

  it('denied permission pushes nothing', async () => {
    const values = await editedValues();
    await render(values, workspacePath);

    await expect(
      createAction({ allow: false }).handler(contextFor({ values }) as any),
    ).rejects.toThrow(
      'You may not edit the StatefulSet of component:default/nginx: the permission policy denies statefulset.edit',
    );

    expect(await branches()).toEqual(['main']);
    expect(auditRecords.map(record => record.outcome)).toEqual(['failure']);
  });

  it('unchanged values push nothing', async () => {
    const values = await nginxValues();
    await render(values, workspacePath);

    await expect(
      createAction().handler(contextFor({ values }) as any),
    ).rejects.toThrow('Nothing changed');

    expect(await branches()).toEqual(['main']);
  });

  it('removes a manifest the render left out', async () => {
    const values = await nginxValues();
    values.ingress.enabled = false;
    await render(values, workspacePath);

    await createAction().handler(
      contextFor({ values, branchName: 'statefulset/no-ingress' }) as any,
    );

    const status = await git([
      'diff',
      '--name-status',
      'main',
      'statefulset/no-ingress',
    ]);
    expect(status).toContain('D\tmanifests/ingress.yaml');
  });

  it('warns about an immutable change in the message', async () => {
    const values = await nginxValues();
    values.volumeClaimTemplates[0].storage = '30Gi';
    await render(values, workspacePath);
    const ctx = contextFor({ values, branchName: 'statefulset/bigger-disk' });

    await createAction().handler(ctx as any);

    const message = await git([
      'log',
      '-1',
      '--format=%B',
      'statefulset/bigger-disk',
    ]);
    expect(message).toContain('WARNING: this change cannot be applied');
    expect(message).toContain(
      'kubectl delete statefulset nginx -n default --cascade=orphan',
    );
    expect(ctx.output).toHaveBeenCalledWith('immutableChanges', [
      'volumeClaimTemplates',
    ]);
  });

  it('rejects an existing branch', async () => {
    const values = await editedValues();
    await render(values, workspacePath);
    await git(['branch', 'statefulset/taken', 'main']);

    await expect(
      createAction().handler(
        contextFor({ values, branchName: 'statefulset/taken' }) as any,
      ),
    ).rejects.toThrow('Branch statefulset/taken already exists');

    expect(await git(['rev-parse', 'statefulset/taken'])).toBe(
      await git(['rev-parse', 'main']),
    );
  });

  it.each(['bad..name', '-x', 'ends.lock', 'has space'])(
    'rejects branch name %s',
    async branchName => {
      const values = await editedValues();
      await render(values, workspacePath);

      await expect(
        createAction().handler(contextFor({ values, branchName }) as any),
      ).rejects.toThrow(`Invalid branchName ${JSON.stringify(branchName)}`);

      expect(await branches()).toEqual(['main']);
    },
  );

  it('rejects invalid values', async () => {
    const values = await editedValues();
    await render(values, workspacePath);
    values.replicas = -1;

    await expect(
      createAction().handler(contextFor({ values }) as any),
    ).rejects.toThrow('replicas:');

    expect(await branches()).toEqual(['main']);
  });

  it('accepts a short entity ref', async () => {
    const values = await editedValues();
    await render(values, workspacePath);

    await createAction().handler(
      contextFor({
        values,
        entityRef: 'nginx',
        branchName: 'statefulset/short',
      }) as any,
    );

    expect(await branches()).toEqual(['main', 'statefulset/short']);
  });

  it('rejects a malformed entity ref', async () => {
    const values = await editedValues();
    await render(values, workspacePath);

    await expect(
      createAction().handler(
        contextFor({ values, entityRef: 'component:default/' }) as any,
      ),
    ).rejects.toThrow('Invalid entityRef "component:default/"');

    expect(await branches()).toEqual(['main']);
  });

  it('rejects another StatefulSet name', async () => {
    const values = await editedValues();
    values.name = 'web1';
    await render(values, workspacePath);

    await expect(
      createAction().handler(contextFor({ values }) as any),
    ).rejects.toThrow(
      'Invalid name "web1": component:default/nginx deploys the StatefulSet "nginx"',
    );

    expect(await branches()).toEqual(['main']);
  });

  it('reports an unreadable entity', async () => {
    const values = await editedValues();
    await render(values, workspacePath);

    await expect(
      createAction({ entities: [] }).handler(contextFor({ values }) as any),
    ).rejects.toThrow(
      'Entity component:default/nginx not found in the catalog',
    );
  });

  describe('on a Git host', () => {
    const githubBase = 'https://github.com/acme/nginx/tree/main/';
    const gitlabBase = 'https://gitlab.com/acme/team/nginx/-/tree/main/';

    function hostedEntity(sourceLocation: string): Entity {
      return {
        ...entity,
        metadata: {
          ...entity.metadata,
          annotations: {
            'backstage.io/kubernetes-id': 'nginx',
            'backstage.io/source-location': `url:${sourceLocation}`,
          },
        },
      };
    }

    async function hostedFiles(baseUrl: string) {
      const result = validateStatefulSetValues(await nginxValues());
      if (!result.success) {
        throw new Error('invalid example');
      }
      return Object.fromEntries(
        buildRepositoryFiles(result.values).map(file => [
          `${baseUrl}${file.path}`,
          file.content,
        ]),
      );
    }

    it('outputs the pull request inputs for GitHub', async () => {
      const values = await nginxValues();
      values.ingress.enabled = false;
      values.volumeClaimTemplates[0].storage = '30Gi';
      await render(values, workspacePath);
      const ctx = contextFor({ values, branchName: 'statefulset/gh' });

      await createAction({
        entities: [hostedEntity(githubBase)],
        files: await hostedFiles(githubBase),
      }).handler(ctx as any);

      expect(ctx.output).toHaveBeenCalledWith('provider', 'github');
      expect(ctx.output).toHaveBeenCalledWith(
        'repoUrl',
        'github.com?owner=acme&repo=nginx',
      );
      expect(ctx.output).toHaveBeenCalledWith('targetBranchName', 'main');
      expect(ctx.output).toHaveBeenCalledWith('filesToDelete', [
        'manifests/ingress.yaml',
      ]);
      expect(ctx.output).toHaveBeenCalledWith('immutableChanges', [
        'volumeClaimTemplates',
      ]);
      expect(await branches()).toEqual(['main']);
    });

    it('outputs the merge request inputs for GitLab', async () => {
      const values = await editedValues();
      await render(values, workspacePath);
      const ctx = contextFor({ values, branchName: 'statefulset/gl' });

      await createAction({
        entities: [hostedEntity(gitlabBase)],
        files: await hostedFiles(gitlabBase),
      }).handler(ctx as any);

      expect(ctx.output).toHaveBeenCalledWith('provider', 'gitlab');
      expect(ctx.output).toHaveBeenCalledWith(
        'repoUrl',
        'gitlab.com?owner=acme%2Fteam&repo=nginx',
      );
      expect(ctx.output).toHaveBeenCalledWith('filesToDelete', []);
    });

    it('unchanged values on GitHub are an error', async () => {
      await render(await nginxValues(), workspacePath);

      await expect(
        createAction({
          entities: [hostedEntity(githubBase)],
          files: await hostedFiles(githubBase),
        }).handler(contextFor({ values: await nginxValues() }) as any),
      ).rejects.toThrow(
        `Nothing changed: the values render the same files as ${githubBase}`,
      );
    });
  });
});
