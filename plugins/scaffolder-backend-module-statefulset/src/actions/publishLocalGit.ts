import { Config } from '@backstage/config';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { LocalGitRepositories } from '../localGit/LocalGitRepositories';
import { readLocalGitRoot } from '../localGit/localGitRoot';
import { examples } from './publishLocalGit.examples';

/** The id of the action that {@link createPublishLocalGitAction} returns. */
export const PUBLISH_LOCAL_GIT_ACTION_ID = 'publish:local-git';

const branchNamePattern = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * Creates the `publish:local-git` action. It publishes the workspace as a new
 * bare Git repository below `statefulset.localGitRoot`, for portals without a
 * Git host, and checks out a copy beside it for the catalog to read.
 *
 * The author defaults to `scaffolder.defaultAuthor` and the message to
 * `scaffolder.defaultCommitMessage`, as with the other publish actions.
 */
export function createPublishLocalGitAction(options: { config: Config }) {
  const { config } = options;
  const repositories = new LocalGitRepositories(readLocalGitRoot(config));
  const defaultAuthor = {
    name:
      config.getOptionalString('scaffolder.defaultAuthor.name') ?? 'Scaffolder',
    email:
      config.getOptionalString('scaffolder.defaultAuthor.email') ??
      'scaffolder@backstage.io',
  };
  const defaultCommitMessage =
    config.getOptionalString('scaffolder.defaultCommitMessage') ??
    'Initial commit';

  return createTemplateAction({
    id: PUBLISH_LOCAL_GIT_ACTION_ID,
    description:
      'Publishes the workspace to a new bare Git repository on the ' +
      "backend's disk, below the folder set by statefulset.localGitRoot",
    examples,
    supportsDryRun: true,
    schema: {
      input: z =>
        z.object({
          repoName: z
            .string()
            .describe(
              'Name of the new repository: lowercase letters, digits, ' +
                "'.', '_' and '-', for example nginx",
            ),
          sourcePath: z
            .string()
            .optional()
            .describe(
              'Folder of the workspace to publish, relative to the workspace root. Defaults to the workspace root',
            ),
          defaultBranch: z
            .string()
            .optional()
            .describe('Branch to push the commit to. Defaults to main'),
          gitCommitMessage: z
            .string()
            .optional()
            .describe(
              'Message of the commit. Defaults to scaffolder.defaultCommitMessage, or "Initial commit"',
            ),
          gitAuthorName: z
            .string()
            .optional()
            .describe(
              'Author of the commit. Defaults to scaffolder.defaultAuthor.name, or "Scaffolder"',
            ),
          gitAuthorEmail: z
            .string()
            .optional()
            .describe(
              'Email of the author. Defaults to scaffolder.defaultAuthor.email, or scaffolder@backstage.io',
            ),
          catalogInfoPath: z
            .string()
            .optional()
            .describe(
              'Path of the catalog descriptor in the repository, for the catalogInfoUrl output. Defaults to /catalog-info.yaml',
            ),
        }),
      output: z =>
        z.object({
          remoteUrl: z
            .string()
            .describe('file:// URL of the bare repository, for git clone'),
          repoContentsUrl: z
            .string()
            .describe('file:// URL of the checked-out copy of the repository'),
          catalogInfoUrl: z
            .string()
            .describe(
              'file:// URL of the catalog descriptor in the checked-out copy, for catalog:register',
            ),
          commitHash: z.string().describe('Hash of the pushed commit'),
        }),
    },
    async handler(ctx) {
      // The scaffolder checks the input against the JSON schema made from the
      // zod schema, but does not parse it with zod, so defaults apply here.
      const {
        repoName,
        defaultBranch = 'main',
        catalogInfoPath = '/catalog-info.yaml',
      } = ctx.input;
      if (
        !branchNamePattern.test(defaultBranch) ||
        defaultBranch.includes('..')
      ) {
        throw new InputError(
          `Invalid defaultBranch ${JSON.stringify(
            defaultBranch,
          )}: use letters, ` +
            "digits, '.', '_', '-' and '/' without '..', for example main",
        );
      }
      const location = repositories.locate(repoName);
      const sourcePath = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.sourcePath ?? '.',
      );
      const catalogInfoUrl = new URL(
        catalogInfoPath.replace(/^\/+/, ''),
        `${location.repoContentsUrl}/`,
      ).href;
      if (!catalogInfoUrl.startsWith(`${location.repoContentsUrl}/`)) {
        throw new InputError(
          `Invalid catalogInfoPath ${JSON.stringify(catalogInfoPath)}: ` +
            'give a path inside the repository, for example /catalog-info.yaml',
        );
      }

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would publish ${sourcePath} to ${location.remoteUrl}`,
        );
        ctx.output('remoteUrl', location.remoteUrl);
        ctx.output('repoContentsUrl', location.repoContentsUrl);
        ctx.output('catalogInfoUrl', catalogInfoUrl);
        ctx.output('commitHash', '0'.repeat(40));
        return;
      }

      const published = await ctx.checkpoint({
        key: `publish.local-git.${repoName}`,
        fn: async () => {
          const created = await repositories.create({
            name: repoName,
            sourcePath,
            defaultBranch,
            commitMessage: ctx.input.gitCommitMessage ?? defaultCommitMessage,
            author: {
              name: ctx.input.gitAuthorName ?? defaultAuthor.name,
              email: ctx.input.gitAuthorEmail ?? defaultAuthor.email,
            },
          });
          return {
            remoteUrl: created.remoteUrl,
            repoContentsUrl: created.repoContentsUrl,
            commitHash: created.commitHash,
          };
        },
      });

      ctx.logger.info(
        `Published repository ${repoName} at ${published.remoteUrl}, commit ${published.commitHash}`,
      );
      ctx.output('remoteUrl', published.remoteUrl);
      ctx.output('repoContentsUrl', published.repoContentsUrl);
      ctx.output('catalogInfoUrl', catalogInfoUrl);
      ctx.output('commitHash', published.commitHash);
    },
  });
}
