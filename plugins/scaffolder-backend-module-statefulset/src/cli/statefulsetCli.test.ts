import { createMockDirectory } from '@backstage/backend-test-utils';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'yaml';

const binPath = path.resolve(__dirname, '../../bin/statefulset');
const nginxExample = path.resolve(
  __dirname,
  '../../../../templates/statefulset/examples/nginx.yaml',
);

type CliResult = { exitCode: number; stdout: string; stderr: string };

/** Spawns the command line as a user runs it, with a fresh Node.js. */
function runStatefulset(args: string[], cwd: string): Promise<CliResult> {
  return new Promise(resolve => {
    execFile(
      process.execPath,
      [binPath, ...args],
      { cwd, env: { ...process.env, INIT_CWD: cwd } },
      (error, stdout, stderr) => {
        const exitCode = error ? Number(error.code ?? 1) : 0;
        resolve({ exitCode, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

async function readNginxValues(): Promise<Record<string, any>> {
  return yaml.parse(await fs.readFile(nginxExample, 'utf8'));
}

describe('statefulset command line', () => {
  const mockDir = createMockDirectory();

  beforeEach(async () => {
    mockDir.clear();
    const values = await readNginxValues();

    const invalid = structuredClone(values);
    invalid.containers[0].ports[0].name = 'metrics-exporter-https';
    invalid.containers[0].resources.limits.memory = '2GiB';
    // The Service names the port, so it points to the number instead, to
    // keep the errors to the two fields above.
    invalid.service.ports[0].targetPort = 80;

    mockDir.setContent({
      'nginx.yaml': yaml.stringify(values),
      'nginx.json': JSON.stringify(values),
      'invalid.yaml': yaml.stringify(invalid),
      'broken.yaml': 'name: nginx\ncontainers: [\n',
      'broken.json': '{"name": ',
      'nginx.txt': 'name: nginx\n',
      'used/README.md': 'kept\n',
      empty: {},
      'plain-file': 'kept\n',
    });
  });

  it('validate accepts nginx example', async () => {
    const result = await runStatefulset(
      ['validate', 'nginx.yaml'],
      mockDir.path,
    );

    expect(result.stdout).toBe('nginx.yaml: valid\n');
    expect(result.exitCode).toBe(0);
  });

  it('render prints the manifest stream', async () => {
    const result = await runStatefulset(['render', 'nginx.yaml'], mockDir.path);

    expect(result.exitCode).toBe(0);
    const documents = yaml
      .parseAllDocuments(result.stdout)
      .map(document => document.toJS());
    const statefulSet = documents.find(doc => doc.kind === 'StatefulSet');
    expect(statefulSet.metadata.name).toBe('nginx');
    expect(statefulSet.spec.replicas).toBe(3);
    expect(statefulSet.spec.serviceName).toBe('nginx-headless');
    expect(documents.map(doc => doc.kind)).toContain('Ingress');
  });

  it('render reads JSON values', async () => {
    const result = await runStatefulset(['render', 'nginx.json'], mockDir.path);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('kind: StatefulSet');
  });

  it('render with --out writes repository', async () => {
    const result = await runStatefulset(
      ['render', 'nginx.yaml', '--out', 'repo'],
      mockDir.path,
    );

    expect(result.exitCode).toBe(0);
    const statefulSet = yaml.parse(
      await fs.readFile(
        mockDir.resolve('repo/manifests/statefulset.yaml'),
        'utf8',
      ),
    );
    expect(statefulSet.spec.volumeClaimTemplates[0].metadata.name).toBe(
      'disk-ssd',
    );
    const catalogInfo = yaml.parse(
      await fs.readFile(mockDir.resolve('repo/catalog-info.yaml'), 'utf8'),
    );
    expect(catalogInfo.metadata.name).toBe('nginx');
    expect(result.stdout).toContain('wrote repo/manifests/statefulset.yaml\n');
  });

  it('render with --out into an empty folder', async () => {
    const result = await runStatefulset(
      ['render', 'nginx.yaml', '--out', 'empty'],
      mockDir.path,
    );

    expect(result.exitCode).toBe(0);
    await expect(
      fs.stat(mockDir.resolve('empty/manifests/statefulset.yaml')),
    ).resolves.toBeTruthy();
  });

  it('render rejects a non-empty --out folder', async () => {
    const result = await runStatefulset(
      ['render', 'nginx.yaml', '--out', 'used'],
      mockDir.path,
    );

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^--out: .*used" is a folder that is not empty, /,
    );
    expect(await fs.readFile(mockDir.resolve('used/README.md'), 'utf8')).toBe(
      'kept\n',
    );
    await expect(fs.stat(mockDir.resolve('used/manifests'))).rejects.toThrow(
      'ENOENT',
    );
  });

  it('render rejects a file as --out', async () => {
    const result = await runStatefulset(
      ['render', 'nginx.yaml', '--out', 'plain-file'],
      mockDir.path,
    );

    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^--out: .*plain-file" is a file, /);
    expect(await fs.readFile(mockDir.resolve('plain-file'), 'utf8')).toBe(
      'kept\n',
    );
  });

  it('render of invalid values lists every field', async () => {
    const result = await runStatefulset(
      ['render', 'invalid.yaml', '--out', 'repo'],
      mockDir.path,
    );

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^containers\[0\]\.ports\[0\]\.name: .*metrics-exporter-https/,
        ),
        expect.stringMatching(
          /^containers\[0\]\.resources\.limits\.memory: .*2Gi\b/,
        ),
      ]),
    );
    await expect(fs.stat(mockDir.resolve('repo'))).rejects.toThrow('ENOENT');
  });

  it('validate of invalid values fails', async () => {
    const result = await runStatefulset(
      ['validate', 'invalid.yaml'],
      mockDir.path,
    );

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^containers\[0\]\.ports\[0\]\.name: /m);
  });

  it.each([
    ['missing.yaml', /^Cannot read .*missing\.yaml: the file does not exist$/],
    [
      'nginx.txt',
      /^Unsupported extension "\.txt" of .*nginx\.txt: use a \.yaml, \.yml or \.json file$/,
    ],
    [
      'broken.yaml',
      /^Invalid YAML in .*broken\.yaml at line \d+, column \d+: /,
    ],
    ['broken.json', /^Invalid JSON in .*broken\.json: /],
  ])('validate of %s prints one line', async (file, expected) => {
    const result = await runStatefulset(['validate', file], mockDir.path);

    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(expected);
  });

  it.each([
    [[]],
    [['deploy', 'nginx.yaml']],
    [['render']],
    [['validate', 'nginx.yaml', '--out', 'repo']],
    [['render', 'nginx.yaml', '--force']],
    [['render', 'nginx.yaml', '--out', '']],
  ])('usage error for arguments %j', async args => {
    const result = await runStatefulset(args, mockDir.path);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});
