import fs from 'node:fs/promises';
import path from 'node:path';

/** Quotes a string for a POSIX shell. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Writes a `post-receive` hook into the bare repository that fast-forwards
 * the checked-out copy when a push updates the default branch, so the
 * catalog and the backend routes read what the default branch holds. Pushes
 * to other branches, such as the branches of `statefulset:propose-change`,
 * leave the copy as it is. When the copy cannot fast-forward, the hook
 * prints why, and the push itself still succeeds.
 */
export async function writeWorkTreeHook(options: {
  barePath: string;
  workTreePath: string;
  defaultBranch: string;
}): Promise<void> {
  const hookPath = path.join(options.barePath, 'hooks', 'post-receive');
  const script = [
    '#!/bin/sh',
    '# Written by publish:local-git: keeps the checked-out copy that the',
    '# catalog reads at the default branch.',
    `work_tree=${shellQuote(options.workTreePath)}`,
    `default_ref=${shellQuote(`refs/heads/${options.defaultBranch}`)}`,
    'while read -r old_value new_value ref_name; do',
    '  if [ "$ref_name" = "$default_ref" ]; then',
    "    # The hook runs with GIT_DIR of the bare repository; the pull needs the copy's own.",
    '    unset $(git rev-parse --local-env-vars)',
    '    git -C "$work_tree" pull --ff-only --quiet ||',
    '      echo "publish:local-git: could not fast-forward $work_tree to $ref_name" >&2',
    '  fi',
    'done',
    '',
  ].join('\n');

  await fs.mkdir(path.dirname(hookPath), { recursive: true });
  await fs.writeFile(hookPath, script, { mode: 0o755 });
}
