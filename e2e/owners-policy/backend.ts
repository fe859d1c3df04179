/*
 * A second portal backend for one test file, started the way scripts/e2e.sh
 * starts the first one, but on its own port and with extra config overlays.
 * Its output goes to a log file, so a test can read the auditor events,
 * which the root logger writes.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repositoryRoot } from '../cluster/render.ts';
import { waitFor } from '../cluster/wait.ts';

/** A backend that this test started, and how to stop it. */
export interface StartedBackend {
  url: string;
  logPath: string;
  readLog(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts packages/backend with app-config.yaml and then `configPaths`, and
 * waits until its readiness endpoint responds. The backend runs in its own
 * process group, so `stop` ends it and its children by its pid only.
 */
export async function startBackend(options: {
  port: number;
  configPaths: string[];
  logPath: string;
}): Promise<StartedBackend> {
  const url = `http://localhost:${options.port}`;
  await rejectRunningServer(url);

  const configArgs = [
    join(repositoryRoot, 'app-config.yaml'),
    ...options.configPaths,
  ].flatMap(path => ['--config', path]);
  const log = createWriteStream(options.logPath);
  const child = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      '@backstage/cli/config/nodeTransform.cjs',
      'src/index.ts',
      ...configArgs,
    ],
    {
      cwd: join(repositoryRoot, 'packages', 'backend'),
      env: { ...process.env, NODE_ENV: 'development' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);

  const readLog = () => readFile(options.logPath, 'utf8');
  const stop = () => stopProcessGroup(child);

  try {
    await waitFor(
      `the backend to respond at ${url}`,
      async () => {
        if (child.exitCode !== null) {
          throw new Error(
            `the backend exited with status ${
              child.exitCode
            } before it responded; end of ${options.logPath}:\n${(
              await readLog()
            ).slice(-4000)}`,
          );
        }
        return (await isReady(url)) ? true : undefined;
      },
      { timeoutMs: 300_000, intervalMs: 2_000 },
    );
  } catch (error) {
    await stop();
    throw error;
  }

  return { url, logPath: options.logPath, readLog, stop };
}

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/.backstage/health/v1/readiness`);
    return response.ok;
  } catch {
    return false;
  }
}

/** Fails when a server already responds at `url`, because this test did not configure it. */
async function rejectRunningServer(url: string): Promise<void> {
  const responds = await fetch(url).then(
    () => true,
    () => false,
  );
  if (responds) {
    throw new Error(`a server already responds at ${url}; stop it first`);
  }
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) {
    return;
  }
  const exited = new Promise(resolve => child.once('exit', resolve));
  // The negative pid addresses the process group that `detached` created.
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}
