import { InputError } from '@backstage/errors';
import { runGit } from '../localGit/runGit';

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** Default branch of a change: `statefulset/update-<name>-<yyyymmddhhmmss>` in UTC. */
export function defaultBranchName(name: string, now: Date): string {
  return `statefulset/update-${name}-${timestamp(now)}`;
}

/** Throws InputError unless `git check-ref-format --branch` accepts the name. */
export async function checkBranchName(branchName: string): Promise<void> {
  try {
    // A leading '-' would make the name an option of git.
    if (branchName.startsWith('-')) {
      throw new Error('leading dash');
    }
    await runGit(['check-ref-format', '--branch', branchName]);
  } catch {
    throw new InputError(
      `Invalid branchName ${JSON.stringify(
        branchName,
      )}: Git does not accept it ` +
        'as a branch name; use letters, digits, "-", "_", "." and "/", ' +
        'e.g. statefulset/update-nginx-replicas',
    );
  }
}
