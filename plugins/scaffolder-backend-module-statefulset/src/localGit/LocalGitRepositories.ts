import { ConflictError, InputError } from '@backstage/errors';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runGit } from './runGit';
import { validateRepositoryName } from './repositoryName';
import { writeWorkTreeHook } from './workTreeHook';

/** Author and committer of the initial commit. */
export type GitAuthor = {
  name: string;
  email: string;
};

/** Options of {@link LocalGitRepositories.create}. */
export type CreateLocalRepositoryOptions = {
  name: string;
  sourcePath: string;
  defaultBranch: string;
  commitMessage: string;
  author: GitAuthor;
};

/** Paths and `file://` URLs of a local repository. */
export type LocalRepositoryLocation = {
  barePath: string;
  workTreePath: string;
  /** URL of the bare repository, for `git clone`. */
  remoteUrl: string;
  /** URL of the checked-out copy that the catalog reads. */
  repoContentsUrl: string;
};

/** A repository that {@link LocalGitRepositories.create} published. */
export type CreatedLocalRepository = LocalRepositoryLocation & {
  commitHash: string;
};

/**
 * Bare Git repositories in one folder on the backend's disk, each with a
 * checked-out copy beside it: `<root>/<name>.git` and `<root>/<name>`. A
 * `post-receive` hook of the bare repository fast-forwards the copy after
 * each push to the default branch.
 *
 * NOTE: repositories created before the hook existed keep their first
 * commit in the copy until it is pulled by hand.
 */
export class LocalGitRepositories {
  constructor(private readonly root: string) {}

  get rootPath(): string {
    return this.root;
  }

  locate(name: string): LocalRepositoryLocation {
    const nameError = validateRepositoryName(name);
    if (nameError) {
      throw new InputError(nameError);
    }

    const barePath = path.join(this.root, `${name}.git`);
    const workTreePath = path.join(this.root, name);
    return {
      barePath,
      workTreePath,
      remoteUrl: pathToFileURL(barePath).href,
      repoContentsUrl: pathToFileURL(workTreePath).href,
    };
  }

  /**
   * Creates the bare repository `name`, commits every file of `sourcePath` to
   * its default branch and checks it out beside it. Fails with a
   * ConflictError, changing nothing, when the name is taken. Removes what it
   * created when a later step fails.
   */
  async create(
    options: CreateLocalRepositoryOptions,
  ): Promise<CreatedLocalRepository> {
    const location = this.locate(options.name);
    await fs.mkdir(this.root, { recursive: true });
    await this.claimName(options.name, location);

    const gitDir = await fs.mkdtemp(path.join(os.tmpdir(), 'local-git-'));
    try {
      await runGit([
        'init',
        '--bare',
        `--initial-branch=${options.defaultBranch}`,
        location.barePath,
      ]);

      const commitHash = await this.commitAndPush(options, location, gitDir);

      await runGit([
        'clone',
        '--branch',
        options.defaultBranch,
        location.barePath,
        location.workTreePath,
      ]);
      await writeWorkTreeHook({
        barePath: location.barePath,
        workTreePath: location.workTreePath,
        defaultBranch: options.defaultBranch,
      });

      return { ...location, commitHash };
    } catch (error) {
      await fs.rm(location.barePath, { recursive: true, force: true });
      await fs.rm(location.workTreePath, { recursive: true, force: true });
      throw error;
    } finally {
      await fs.rm(gitDir, { recursive: true, force: true });
    }
  }

  /**
   * Creates the bare repository's folder. `mkdir` without `recursive` fails
   * when the folder exists, so two tasks cannot claim the same name.
   */
  private async claimName(
    name: string,
    location: LocalRepositoryLocation,
  ): Promise<void> {
    const conflict = new ConflictError(
      `Repository ${JSON.stringify(name)} already exists at ` +
        `${location.remoteUrl}; choose another name, or remove ` +
        `${location.barePath} and ${location.workTreePath} to publish again`,
    );

    const workTreeExists = await fs
      .lstat(location.workTreePath)
      .then(() => true)
      .catch(() => false);
    if (workTreeExists) {
      throw conflict;
    }

    try {
      await fs.mkdir(location.barePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw conflict;
      }
      throw error;
    }
  }

  /**
   * Commits the source folder with a Git directory outside it, so the task
   * workspace gets no `.git` folder, and pushes the commit to the bare
   * repository.
   */
  private async commitAndPush(
    options: CreateLocalRepositoryOptions,
    location: LocalRepositoryLocation,
    gitDir: string,
  ): Promise<string> {
    const env = { GIT_DIR: gitDir, GIT_WORK_TREE: options.sourcePath };
    const identity = {
      'user.name': options.author.name,
      'user.email': options.author.email,
    };

    await runGit(['init', `--initial-branch=${options.defaultBranch}`], {
      env,
    });
    await runGit(['add', '--all'], { env });
    await runGit(['commit', '--message', options.commitMessage], {
      env,
      config: identity,
    });
    await runGit(
      ['push', location.barePath, `HEAD:refs/heads/${options.defaultBranch}`],
      { env },
    );

    const commitHash = await runGit(['rev-parse', 'HEAD'], { env });
    return commitHash.trim();
  }
}
