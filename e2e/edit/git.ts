/*
 * Real `git` on the local repositories that the portal publishes.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Runs git in `cwd` without the user's global configuration and returns stdout. */
export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
    },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

/** Lines that a diff adds or removes, without the `---`/`+++` file headers. */
export function changedLines(diff: string): string[] {
  return diff
    .split('\n')
    .filter(line => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line));
}
