import { spawn, ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitUntil } from './stats.ts';

/** The portal backend that the benchmark started, with its own pid. */
export interface StartedBackend {
  url: string;
  pid: number;
  /** Resident set size of the backend process in MiB. */
  rssMiB(): number;
  stop(): Promise<void>;
}

/**
 * Starts packages/backend from source the way `backstage-cli package start`
 * runs it, but as a direct child process, so that its pid and memory are the
 * backend's own. Waits until its readiness endpoint answers.
 */
export async function startBackend(options: {
  repositoryRoot: string;
  configFiles: string[];
  port: number;
  logFile: string;
}): Promise<StartedBackend> {
  const { repositoryRoot, configFiles, port, logFile } = options;
  const log = openSync(logFile, 'a');
  const transform = join(
    repositoryRoot,
    'node_modules/@backstage/cli-node/config/nodeTransform.cjs',
  );

  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      transform,
      'src/index',
      ...configFiles.flatMap(file => ['--config', file]),
    ],
    {
      cwd: join(repositoryRoot, 'packages', 'backend'),
      env: { ...process.env, NODE_ENV: 'development' },
      stdio: ['ignore', log, log],
    },
  );
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );

  const url = `http://localhost:${port}`;
  try {
    await waitUntil(
      `the portal backend at ${url} (log: ${logFile})`,
      async () => {
        if (child.exitCode !== null) {
          throw new Error('exited');
        }
        const response = await fetch(`${url}/.backstage/health/v1/readiness`);
        return response.ok ? true : undefined;
      },
      300_000,
      1_000,
    );
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(
      `${(error as Error).message}; end of the log:\n${readFileSync(
        logFile,
        'utf8',
      ).slice(-3000)}`,
    );
  }

  return {
    url,
    pid: child.pid!,
    rssMiB: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return Math.round(kib / 1024);
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Calls backend routes as the guest user. */
export class BackendClient {
  #token?: string;

  constructor(readonly url: string) {}

  async token(): Promise<string> {
    if (!this.#token) {
      const response = await fetch(
        `${this.url}/api/auth/guest/refresh?env=development`,
      );
      if (!response.ok) {
        throw new Error(
          `guest sign-in at ${this.url} failed with HTTP ${response.status}`,
        );
      }
      const session = (await response.json()) as {
        backstageIdentity: { token: string };
      };
      this.#token = session.backstageIdentity.token;
    }
    return this.#token;
  }

  /**
   * Sends a request and returns the status and parsed body; throws on a
   * non-2xx status when `expectOk`. Calls `onHeaders` as soon as the
   * response headers arrive, before the body is read.
   */
  async call<T>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    expectOk = true,
    onHeaders?: () => void,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await this.token()}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    onHeaders?.();
    const text = await response.text();
    if (expectOk && !response.ok) {
      throw new Error(
        `${method} ${path} failed with HTTP ${response.status}: ${text.slice(
          0,
          500,
        )}`,
      );
    }
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as T,
    };
  }
}
