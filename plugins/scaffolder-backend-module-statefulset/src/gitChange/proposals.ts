import { UrlReaderService } from '@backstage/backend-plugin-api';
import { FieldError } from '@internal/backstage-plugin-statefulset-common';
import fs from 'node:fs/promises';
import path from 'node:path';
import { GitAuthor } from '../localGit/LocalGitRepositories';
import { ChangeMessage } from './changeMessage';
import { proposeLocalChange } from './proposeLocalChange';
import { planRemoteChange } from './remoteChange';
import { RepositoryTarget } from './repositoryTarget';

/** Message of a change and the immutable values it lists. */
export type DescribedChange = ChangeMessage & {
  immutableChanges: FieldError[];
};

/** Builds the message of a change from values.yaml of the default branch. */
export type DescribeChange = (
  baseValuesYaml: string | undefined,
) => DescribedChange;

/** Outputs of `statefulset:propose-change`; absent fields are not output. */
// A type alias, unlike an interface, is assignable to JsonValue, which
// ctx.checkpoint requires.
export type ProposalOutputs = {
  provider: 'local' | 'github' | 'gitlab';
  branchName: string;
  title: string;
  description: string;
  immutableChanges: string[];
  commitHash?: string;
  remoteUrl?: string;
  changedFiles?: string[];
  repoUrl?: string;
  targetBranchName?: string;
  filesToDelete?: string[];
};

type LocalTarget = Extract<RepositoryTarget, { provider: 'local' }>;
type HostedTarget = Exclude<RepositoryTarget, { provider: 'local' }>;

function outputsOf(
  target: RepositoryTarget,
  branchName: string,
  change: DescribedChange,
): ProposalOutputs {
  return {
    provider: target.provider,
    branchName,
    title: change.title,
    description: change.body,
    immutableChanges: change.immutableChanges.map(field => field.path),
  };
}

/**
 * Describes the change that a dry run would push, against values.yaml of
 * the checked-out copy, which the push hook of publish:local-git keeps at
 * the default branch.
 */
export async function previewLocalChange(options: {
  target: LocalTarget;
  branchName: string;
  describeChange: DescribeChange;
}): Promise<ProposalOutputs> {
  const { target, branchName } = options;
  const baseValuesYaml = await fs
    .readFile(path.join(target.location.workTreePath, 'values.yaml'), 'utf8')
    .catch(() => undefined);
  return {
    ...outputsOf(target, branchName, options.describeChange(baseValuesYaml)),
    remoteUrl: target.location.remoteUrl,
  };
}

/** Pushes the rendered files as a new branch of the local repository. */
export async function pushLocalChange(options: {
  target: LocalTarget;
  sourcePath: string;
  branchName: string;
  author: GitAuthor;
  describeChange: DescribeChange;
}): Promise<ProposalOutputs> {
  const { target, branchName } = options;
  let described: DescribedChange | undefined;

  const pushed = await proposeLocalChange({
    location: target.location,
    sourcePath: options.sourcePath,
    branchName,
    author: options.author,
    buildMessage: baseValuesYaml => {
      described = options.describeChange(baseValuesYaml);
      return described;
    },
  });

  return {
    ...outputsOf(target, branchName, described!),
    commitHash: pushed.commitHash,
    remoteUrl: target.location.remoteUrl,
    changedFiles: pushed.changedFiles,
  };
}

/** Prepares the inputs of the pull or merge request step for a Git host. */
export async function planHostedChange(options: {
  target: HostedTarget;
  reader: UrlReaderService;
  sourcePath: string;
  branchName: string;
  describeChange: DescribeChange;
}): Promise<ProposalOutputs> {
  const { target, branchName } = options;
  const plan = await planRemoteChange({
    reader: options.reader,
    baseUrl: target.baseUrl,
    sourcePath: options.sourcePath,
  });
  return {
    ...outputsOf(
      target,
      branchName,
      options.describeChange(plan.baseValuesYaml),
    ),
    repoUrl: target.repoUrl,
    ...(target.targetBranchName
      ? { targetBranchName: target.targetBranchName }
      : {}),
    filesToDelete: plan.filesToDelete,
  };
}
