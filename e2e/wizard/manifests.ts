/*
 * Compares the repository that the wizard published with the files that
 * `yarn statefulset render --out` writes for the same values, byte for byte.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { repositoryRoot } from '../cluster/render.ts';

const execFileAsync = promisify(execFile);

async function readManifests(dir: string): Promise<Map<string, string>> {
  const manifestsDir = join(dir, 'manifests');
  const names = (await readdir(manifestsDir))
    .filter(name => name.endsWith('.yaml'))
    .sort();
  const files = new Map<string, string>();
  for (const name of names) {
    files.set(name, await readFile(join(manifestsDir, name), 'utf8'));
  }
  return files;
}

/**
 * Clones `repositoryUrl`, renders `values` with the project's command line
 * into another folder, and asserts that both have the same manifests/*.yaml
 * files with the same bytes. Removes both folders afterwards.
 */
export async function assertSameManifestsAsCli(
  repositoryUrl: string,
  values: Record<string, unknown>,
): Promise<string[]> {
  const workDir = await mkdtemp(join(tmpdir(), 'statefulset-e2e-wizard-'));
  try {
    const cloneDir = join(workDir, 'clone');
    await execFileAsync('git', ['clone', '--quiet', repositoryUrl, cloneDir]);

    const valuesPath = join(workDir, 'values.yaml');
    const renderDir = join(workDir, 'render');
    await writeFile(valuesPath, stringify(values));
    // The command line runs with the project's Node.js, which scripts/e2e.sh
    // puts on PATH through scripts/toolchain.sh.
    await execFileAsync(
      'yarn',
      ['statefulset', 'render', valuesPath, '--out', renderDir],
      {
        cwd: repositoryRoot,
        maxBuffer: 16 * 1024 * 1024,
      },
    );

    const published = await readManifests(cloneDir);
    const rendered = await readManifests(renderDir);
    assert.deepEqual(
      [...published.keys()],
      [...rendered.keys()],
      'manifest file names differ',
    );
    for (const [name, content] of rendered) {
      assert.equal(
        published.get(name),
        content,
        `manifests/${name} of the wizard differs from the command line's`,
      );
    }
    return [...rendered.keys()];
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
