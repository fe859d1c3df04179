import { createMockDirectory } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'yaml';
import { createRenderAction } from './render';

const nginxExample = path.resolve(
  __dirname,
  '../../../../templates/statefulset/examples/nginx.yaml',
);

describe('statefulset:render', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const action = createRenderAction();
  let nginxValues: Record<string, any>;

  beforeEach(async () => {
    mockDir.clear();
    mockDir.setContent({ workspace: {} });
    nginxValues = yaml.parse(await fs.readFile(nginxExample, 'utf8'));
  });

  const readYaml = async (relativePath: string) =>
    yaml.parse(
      await fs.readFile(path.join(workspacePath, relativePath), 'utf8'),
    );

  it('render writes the repository files', async () => {
    const ctx = createMockActionContext({
      input: { values: nginxValues },
      workspacePath,
    });

    await action.handler(ctx);

    const statefulSet = await readYaml('manifests/statefulset.yaml');
    expect(statefulSet.kind).toBe('StatefulSet');
    expect(statefulSet.spec.serviceName).toBe('nginx-headless');
    expect(statefulSet.spec.replicas).toBe(3);
    const catalogInfo = await readYaml('catalog-info.yaml');
    expect(catalogInfo.spec.owner).toBe('group:default/guests');
    const written = await fs.readdir(workspacePath);
    expect(written.sort()).toEqual([
      'README.md',
      'catalog-info.yaml',
      'kustomization.yaml',
      'manifests',
      'values.yaml',
    ]);
    expect(ctx.output).toHaveBeenCalledWith(
      'files',
      expect.arrayContaining([
        'manifests/statefulset.yaml',
        'catalog-info.yaml',
      ]),
    );
  });

  it('render into targetPath', async () => {
    const ctx = createMockActionContext({
      input: { values: nginxValues, targetPath: 'deploy' },
      workspacePath,
    });

    await action.handler(ctx);

    const statefulSet = await readYaml('deploy/manifests/statefulset.yaml');
    expect(statefulSet.metadata.name).toBe('nginx');
  });

  it('render passes lifecycle to catalog-info', async () => {
    const ctx = createMockActionContext({
      input: { values: nginxValues, lifecycle: 'experimental' },
      workspacePath,
    });

    await action.handler(ctx);

    const catalogInfo = await readYaml('catalog-info.yaml');
    expect(catalogInfo.spec.lifecycle).toBe('experimental');
  });

  it('render rejects targetPath outside workspace', async () => {
    const ctx = createMockActionContext({
      input: { values: nginxValues, targetPath: '../outside' },
      workspacePath,
    });

    await expect(action.handler(ctx)).rejects.toThrow(/outside/i);
    await expect(fs.readdir(mockDir.path)).resolves.toEqual(['workspace']);
  });

  it('invalid values throw every error', async () => {
    nginxValues.containers[0].ports[0].name = 'metrics-exporter-https';
    nginxValues.labels = { version: '1.2.0+build.7' };
    const ctx = createMockActionContext({
      input: { values: nginxValues },
      workspacePath,
    });

    const error = await action.handler(ctx).catch(e => e);

    expect(error).toBeInstanceOf(InputError);
    const lines: string[] = error.message.split('\n');
    expect(lines[0]).toBe(
      'Invalid values for the stateful application, nothing was written:',
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^containers\[0\]\.ports\[0\]\.name: .*metrics-exporter-https/,
        ),
        expect.stringMatching(/^labels\.version: .*1\.2\.0\+build\.7/),
      ]),
    );
  });

  it('invalid values write nothing', async () => {
    nginxValues.containers[0].ports[0].name = 'metrics-exporter-https';
    const ctx = createMockActionContext({
      input: { values: nginxValues },
      workspacePath,
    });

    await expect(action.handler(ctx)).rejects.toThrow(InputError);

    await expect(fs.readdir(workspacePath)).resolves.toEqual([]);
    expect(ctx.output).not.toHaveBeenCalled();
  });
});
