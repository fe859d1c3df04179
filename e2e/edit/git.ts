/*
 * Real `git` on the local repositories that the portal publishes.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
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

/**
 * Clones the local repository `name` into `workDir/name` and returns the
 * clone's path and its only proposed branch, e.g.
 * `origin/statefulset/update-nginx-20261205002207`.
 */
export async function cloneProposedBranch(
  localGitRoot: string,
  workDir: string,
  name: string,
): Promise<{ clonePath: string; branch: string }> {
  await git(workDir, [
    'clone',
    '--quiet',
    `file://${localGitRoot}/${name}.git`,
    name,
  ]);
  const clonePath = join(workDir, name);

  const branches = (
    await git(clonePath, ['branch', '--remotes', '--format=%(refname:short)'])
  )
    .split('\n')
    .filter(branch => branch.startsWith('origin/statefulset/'));
  assert.equal(branches.length, 1, `branches: ${branches.join(', ')}`);

  return { clonePath, branch: branches[0] };
}
