import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's `docker-registry` package, the reference Distribution registry. */
export const REGISTRY_BINARY =
  process.env.DOCKER_REGISTRY_BINARY ?? '/usr/bin/docker-registry';

export function registryBinaryAvailable(): boolean {
  return existsSync(REGISTRY_BINARY);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === 'object' && address ? address.port : 0),
      );
    });
  });
}

async function waitUntilUp(url: string, process: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (process.exitCode !== null) {
      throw new Error(`docker-registry exited with code ${process.exitCode}`);
    }
    try {
      const response = await fetch(`${url}/v2/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(`docker-registry did not start at ${url} within 10 seconds`);
}

/** A registry on 127.0.0.1 with its own storage folder, removed by `stop`. */
export type TestRegistry = { url: string; stop: () => Promise<void> };

export async function startTestRegistry(): Promise<TestRegistry> {
  const folder = mkdtempSync(join(tmpdir(), 'statefulset-registry-'));
  const port = await freePort();
  const configPath = join(folder, 'config.yml');
  writeFileSync(
    configPath,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(folder, 'data')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '',
    ].join('\n'),
  );

  const child = spawn(REGISTRY_BINARY, ['serve', configPath], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child);

  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise(resolve => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function digestOf(content: Buffer): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

async function uploadBlob(
  url: string,
  repository: string,
  content: Buffer,
): Promise<string> {
  const digest = digestOf(content);
  const start = await fetch(`${url}/v2/${repository}/blobs/uploads/`, {
    method: 'POST',
  });
  if (start.status !== 202) {
    throw new Error(
      `starting a blob upload to ${repository} failed with HTTP ${start.status}`,
    );
  }
  const location = new URL(start.headers.get('location')!, url);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: content,
  });
  if (put.status !== 201) {
    throw new Error(
      `uploading blob ${digest} to ${repository} failed with HTTP ${put.status}`,
    );
  }
  return digest;
}

/**
 * Pushes a minimal image (an empty config and no layers) under `tag` with
 * the Docker Registry HTTP API v2, as `docker push` would.
 */
export async function pushImage(
  url: string,
  repository: string,
  tag: string,
): Promise<void> {
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [] },
    }),
  );
  const configDigest = await uploadBlob(url, repository, config);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: {
      mediaType: 'application/vnd.docker.container.image.v1+json',
      size: config.length,
      digest: configDigest,
    },
    layers: [],
  });
  const response = await fetch(`${url}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/vnd.docker.distribution.manifest.v2+json',
    },
    body: manifest,
  });
  if (response.status !== 201) {
    throw new Error(
      `pushing ${repository}:${tag} failed with HTTP ${
        response.status
      }: ${await response.text()}`,
    );
  }
}
