/*
 * Manifests of the template's examples, rendered by the project's own
 * command line (`yarn statefulset render`), so the tests apply exactly what
 * a user would commit.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { KubernetesObject } from '@kubernetes/client-node';
import { parse, parseAllDocuments, stringify } from 'yaml';

const execFileAsync = promisify(execFile);

export const repositoryRoot = resolve(import.meta.dirname, '..', '..');
export const examplesDir = join(
  repositoryRoot,
  'templates',
  'statefulset',
  'examples',
);

/**
 * Renders the example values file `examplePath` into Kubernetes objects with
 * its namespace replaced by `namespace`, so each test owns its objects.
 */
export async function renderExample(
  examplePath: string,
  namespace: string,
): Promise<KubernetesObject[]> {
  const values = parse(await readFile(examplePath, 'utf8'));
  const workDir = await mkdtemp(join(tmpdir(), 'statefulset-e2e-'));
  try {
    const valuesPath = join(workDir, 'values.yaml');
    await writeFile(valuesPath, stringify({ ...values, namespace }));

    const { stdout } = await execFileAsync(
      'yarn',
      ['statefulset', 'render', valuesPath],
      { cwd: repositoryRoot, maxBuffer: 16 * 1024 * 1024 },
    );
    return parseManifestStream(stdout, examplePath);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function parseManifestStream(
  stream: string,
  source: string,
): KubernetesObject[] {
  const objects: KubernetesObject[] = [];
  for (const document of parseAllDocuments(stream)) {
    if (document.errors.length > 0) {
      throw new Error(
        `rendered manifests of ${source} are not valid YAML: ${document.errors[0].message}`,
      );
    }
    const object = document.toJS() as KubernetesObject | null;
    if (object) {
      objects.push(object);
    }
  }
  if (objects.length === 0) {
    throw new Error(`rendering ${source} produced no Kubernetes objects`);
  }
  return objects;
}
