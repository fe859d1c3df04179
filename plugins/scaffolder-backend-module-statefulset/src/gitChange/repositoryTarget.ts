import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { locateRepository } from '@internal/backstage-plugin-statefulset-common';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LocalGitRepositories,
  LocalRepositoryLocation,
} from '../localGit/LocalGitRepositories';

/** The repository that a change to an entity goes to. */
export type RepositoryTarget =
  | { provider: 'local'; baseUrl: string; location: LocalRepositoryLocation }
  | {
      provider: 'github' | 'gitlab';
      baseUrl: string;
      /** RepoUrlPicker form, e.g. `github.com?owner=acme&repo=nginx`. */
      repoUrl: string;
      /** Branch that the source location names, when it names one. */
      targetBranchName?: string;
    };

function localTarget(
  entityRef: string,
  baseUrl: string,
  repositories: LocalGitRepositories,
): RepositoryTarget {
  const workTreePath = path.resolve(fileURLToPath(baseUrl));
  const name = path.basename(workTreePath);
  const location = repositories.locate(name);
  if (location.workTreePath !== workTreePath) {
    throw new InputError(
      `The repository of ${entityRef} is ${baseUrl}, which is not a ` +
        `repository of publish:local-git below ${repositories.rootPath}; ` +
        'only those local repositories can receive a change',
    );
  }
  return { provider: 'local', baseUrl, location };
}

/**
 * Splits a GitHub URL such as `https://github.com/acme/nginx/tree/main/`
 * into owner, repository and branch.
 */
function parseGithubUrl(url: URL) {
  const [owner, repo, kind, branch] = url.pathname.split('/').filter(Boolean);
  if (!owner || !repo) {
    return undefined;
  }
  const targetBranchName =
    (kind === 'tree' || kind === 'blob') && branch ? branch : undefined;
  return { owner, repo, targetBranchName };
}

/**
 * Splits a GitLab URL such as `https://gitlab.com/acme/team/nginx/-/tree/main/`
 * into the project's group path, name and branch.
 */
function parseGitlabUrl(url: URL) {
  const [projectPath, rest = ''] = url.pathname.split('/-/');
  const segments = projectPath.split('/').filter(Boolean);
  if (segments.length < 2) {
    return undefined;
  }
  const [kind, branch] = rest.split('/').filter(Boolean);
  const targetBranchName =
    (kind === 'tree' || kind === 'blob') && branch ? branch : undefined;
  return {
    owner: segments.slice(0, -1).join('/'),
    repo: segments[segments.length - 1],
    targetBranchName,
  };
}

/**
 * Finds where a change to the entity goes: a local repository of
 * `publish:local-git`, or a GitHub or GitLab repository for a pull or merge
 * request. Throws InputError naming the URL for any other repository.
 *
 * NOTE: a branch name with `/` in the source location URL is read up to the
 * first `/`, because the URL alone does not show where the branch ends.
 */
export function findRepositoryTarget(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
  repositories: LocalGitRepositories,
): RepositoryTarget {
  const entityRef = stringifyEntityRef(entity);
  const located = locateRepository(entity);
  if (!located.found) {
    throw new InputError(
      `Cannot find the repository of ${entityRef}: ${located.reason}`,
    );
  }
  const url = new URL(located.baseUrl);

  if (url.protocol === 'file:') {
    return localTarget(entityRef, located.baseUrl, repositories);
  }

  const integration = integrations.byUrl(url);
  let parsed: ReturnType<typeof parseGithubUrl>;
  if (integration?.type === 'github') {
    parsed = parseGithubUrl(url);
  } else if (integration?.type === 'gitlab') {
    parsed = parseGitlabUrl(url);
  }
  if (!integration || !parsed) {
    throw new InputError(
      `The repository of ${entityRef} is ${located.baseUrl}, but changes can ` +
        'only be proposed to local repositories of publish:local-git and to ' +
        'GitHub or GitLab hosts in the integrations block of app-config.yaml',
    );
  }

  const repoUrl =
    `${url.host}?owner=${encodeURIComponent(parsed.owner)}` +
    `&repo=${encodeURIComponent(parsed.repo)}`;
  return {
    provider: integration.type as 'github' | 'gitlab',
    baseUrl: located.baseUrl,
    repoUrl,
    ...(parsed.targetBranchName
      ? { targetBranchName: parsed.targetBranchName }
      : {}),
  };
}
