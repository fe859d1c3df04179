import { ConflictError, InputError } from '@backstage/errors';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  GitAuthor,
  LocalRepositoryLocation,
} from '../localGit/LocalGitRepositories';
import { runGit } from '../localGit/runGit';
import { ChangeMessage } from './changeMessage';
import { listFiles } from '../localGit/listFiles';
import { removedGeneratedPaths } from './generatedFiles';

/** A branch that {@link proposeLocalChange} pushed. */
export interface LocalChange {
  branchName: string;
  /** Branch of the bare repository that the change starts from, e.g. main. */
  baseBranch: string;
  commitHash: string;
  /** Paths that differ from the base branch, e.g. `values.yaml`. */
  changedFiles: string[];
}

/** Copies the rendered files into the clone and removes generated files that the render left out. */
async function syncFiles(sourcePath: string, clonePath: string): Promise<void> {
  const rendered = await listFiles(sourcePath);
  for (const relativePath of rendered) {
    const target = resolveSafeChildPath(clonePath, relativePath);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(path.join(sourcePath, relativePath), target);
  }
  for (const relativePath of removedGeneratedPaths(rendered)) {
    await fs.rm(resolveSafeChildPath(clonePath, relativePath), {
      force: true,
    });
  }
}

/**
 * Clones the bare repository, commits the rendered files of `sourcePath` on
 * a new branch and pushes only that branch, so the default branch and the
 * checked-out copy that the catalog reads stay as they are. `buildMessage`
 * receives values.yaml of the default branch (undefined when it is absent).
 * Throws ConflictError when the branch exists and InputError when nothing
 * changed, and pushes nothing then.
 */
export async function proposeLocalChange(options: {
  location: LocalRepositoryLocation;
  sourcePath: string;
  branchName: string;
  author: GitAuthor;
  buildMessage: (baseValuesYaml: string | undefined) => ChangeMessage;
}): Promise<LocalChange> {
  const { location, branchName } = options;
  const workDir = await fs.mkdtemp(
    path.join(os.tmpdir(), 'statefulset-change-'),
  );
  const clonePath = path.join(workDir, 'repository');
  try {
    await runGit(['clone', '--quiet', location.barePath, clonePath]);
    const git = (args: string[], config?: Record<string, string>) =>
      runGit(args, { cwd: clonePath, config });

    const baseBranch = (await git(['symbolic-ref', '--short', 'HEAD'])).trim();
    const baseValuesYaml = await fs
      .readFile(path.join(clonePath, 'values.yaml'), 'utf8')
      .catch(() => undefined);

    const existing = await git([
      'ls-remote',
      'origin',
      `refs/heads/${branchName}`,
    ]);
    if (existing.trim() !== '') {
      throw new ConflictError(
        `Branch ${branchName} already exists in ${location.remoteUrl}; ` +
          'run the template again for a new default branch name, pass ' +
          'another branchName, or delete the branch with ' +
          `git push ${location.remoteUrl} --delete ${branchName}`,
      );
    }

    await git(['checkout', '--quiet', '-b', branchName]);
    await syncFiles(options.sourcePath, clonePath);
    await git(['add', '--all']);

    const status = await git(['status', '--porcelain']);
    if (status.trim() === '') {
      throw new InputError(
        `Nothing changed: the values render the same files as branch ${baseBranch} ` +
          `of ${location.remoteUrl}; change at least one value and run the template again`,
      );
    }

    const message = options.buildMessage(baseValuesYaml);
    await git(
      [
        'commit',
        '--quiet',
        '--message',
        message.title,
        '--message',
        message.body,
      ],
      {
        'user.name': options.author.name,
        'user.email': options.author.email,
      },
    );
    // The empty expected value makes the push fail when the branch exists.
    await git([
      'push',
      '--quiet',
      `--force-with-lease=refs/heads/${branchName}:`,
      'origin',
      `HEAD:refs/heads/${branchName}`,
    ]);

    const commitHash = (await git(['rev-parse', 'HEAD'])).trim();
    const changed = await git(['diff', '--name-only', `${baseBranch}..HEAD`]);
    return {
      branchName,
      baseBranch,
      commitHash,
      changedFiles: changed.split('\n').filter(line => line !== ''),
    };
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}
