import {
  AuditorService,
  LoggerService,
  PermissionsService,
  UrlReaderService,
  resolveSafeChildPath,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  formatFieldErrors,
  statefulSetEditPermission,
  StatefulSetValues,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import { checkBranchName, defaultBranchName } from '../gitChange/branchName';
import { buildChangeMessage } from '../gitChange/changeMessage';
import { checkImmutableChanges } from '../gitChange/checkImmutableChanges';
import { checkStatefulSetName } from '../gitChange/checkStatefulSetName';
import {
  DescribeChange,
  planHostedChange,
  previewLocalChange,
  ProposalOutputs,
  pushLocalChange,
} from '../gitChange/proposals';
import { findRepositoryTarget } from '../gitChange/repositoryTarget';
import { LocalGitRepositories } from '../localGit/LocalGitRepositories';
import { readLocalGitRoot } from '../localGit/localGitRoot';
import { examples } from './proposeChange.examples';

/** The id of the action that {@link createProposeChangeAction} returns. */
export const PROPOSE_CHANGE_ACTION_ID = 'statefulset:propose-change';

/** Services that {@link createProposeChangeAction} uses. */
export interface ProposeChangeActionOptions {
  config: Config;
  permissions: PermissionsService;
  catalog: CatalogService;
  auditor: AuditorService;
  urlReader: UrlReaderService;
}

/** Normalizes a ref such as `nginx` or `Component:default/nginx` to `component:default/nginx`. */
function normalizeEntityRef(input: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(input, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      }),
    );
  } catch (error) {
    throw new InputError(
      `Invalid entityRef ${JSON.stringify(input)}: ${
        (error as Error).message
      }; use kind:namespace/name, e.g. component:default/nginx`,
    );
  }
}

function parseValues(input: unknown): StatefulSetValues {
  const result = validateStatefulSetValues(input);
  if (!result.success) {
    throw new InputError(
      `Invalid values for the stateful application, nothing was pushed:\n${formatFieldErrors(
        result.errors,
      )}`,
    );
  }
  return result.values;
}

function logImmutableCheck(
  logger: LoggerService,
  check: ReturnType<typeof checkImmutableChanges>,
): void {
  if (!check.compared) {
    logger.warn(
      `Could not check for values that cannot change on the existing StatefulSet: ${check.reason}`,
    );
  } else if (check.changes.length > 0) {
    logger.warn(
      'The repository accepts this change, but the API server rejects it on ' +
        'the existing StatefulSet; the commit message lists how to recreate it:\n' +
        `${formatFieldErrors(check.changes)}`,
    );
  }
}

function describeOutcome(outputs: ProposalOutputs, isDryRun: boolean): string {
  if (outputs.provider !== 'local') {
    return `Prepared a ${outputs.provider} change of ${outputs.repoUrl} on branch ${outputs.branchName}`;
  }
  if (isDryRun) {
    return `Dry run: would push branch ${outputs.branchName} to ${outputs.remoteUrl}`;
  }
  return (
    `Pushed branch ${outputs.branchName} (commit ${outputs.commitHash}) to ` +
    `${outputs.remoteUrl}; changed ${outputs.changedFiles?.join(', ')}`
  );
}

/**
 * Creates the `statefulset:propose-change` action. It checks that the task's
 * initiator may edit the entity's StatefulSet, then proposes the files that
 * `statefulset:render` wrote as a change to the entity's repository. For a
 * local repository of `publish:local-git` it pushes a new branch. For GitHub
 * or GitLab it outputs the inputs of `publish:github:pull-request` or
 * `publish:gitlab:merge-request`.
 */
export function createProposeChangeAction(options: ProposeChangeActionOptions) {
  const { config, permissions, catalog, auditor, urlReader } = options;
  const integrations = ScmIntegrations.fromConfig(config);
  const repositories = new LocalGitRepositories(readLocalGitRoot(config));
  const author = {
    name:
      config.getOptionalString('scaffolder.defaultAuthor.name') ?? 'Scaffolder',
    email:
      config.getOptionalString('scaffolder.defaultAuthor.email') ??
      'scaffolder@backstage.io',
  };

  return createTemplateAction({
    id: PROPOSE_CHANGE_ACTION_ID,
    description:
      "Proposes the rendered files as a change to the entity's repository: " +
      'a new branch of a local repository, or the inputs of a GitHub pull ' +
      'request or GitLab merge request',
    examples,
    supportsDryRun: true,
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe(
              'The component whose repository gets the change, e.g. component:default/nginx',
            ),
          values: z
            .record(z.string(), z.unknown())
            .describe(
              'The new values of the stateful application, the same as for statefulset:render',
            ),
          sourcePath: z
            .string()
            .optional()
            .describe(
              'Folder of the workspace that statefulset:render wrote to. Defaults to the workspace root',
            ),
          branchName: z
            .string()
            .optional()
            .describe(
              'Branch to create. Defaults to statefulset/update-<name>-<yyyymmddhhmmss> in UTC',
            ),
          title: z
            .string()
            .optional()
            .describe(
              'Title of the commit and of the pull or merge request. Defaults to "Update the StatefulSet <name>"',
            ),
          description: z
            .string()
            .optional()
            .describe(
              'First paragraph of the commit body and of the pull or merge request',
            ),
        }),
      output: z =>
        z.object({
          provider: z
            .enum(['local', 'github', 'gitlab'])
            .describe(
              'Where the repository is; decides the next step of the template',
            ),
          branchName: z.string().describe('Branch that holds the change'),
          title: z.string().describe('Title of the change'),
          description: z
            .string()
            .describe(
              'Body of the change, with the recreate steps when needed',
            ),
          commitHash: z
            .string()
            .optional()
            .describe('Hash of the pushed commit, for local repositories'),
          remoteUrl: z
            .string()
            .optional()
            .describe(
              'file:// URL of the bare repository, for local repositories',
            ),
          changedFiles: z
            .array(z.string())
            .optional()
            .describe(
              'Paths that differ from the default branch, for local repositories',
            ),
          repoUrl: z
            .string()
            .optional()
            .describe('RepoUrlPicker form of a GitHub or GitLab repository'),
          targetBranchName: z
            .string()
            .optional()
            .describe(
              'Branch that the source location names, for GitHub or GitLab',
            ),
          filesToDelete: z
            .array(z.string())
            .optional()
            .describe(
              'Generated files that the new render left out, for GitHub',
            ),
          immutableChanges: z
            .array(z.string())
            .describe('Values that cannot change on the existing StatefulSet'),
        }),
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      const initiator = ctx.user?.ref;
      const entityRef = normalizeEntityRef(ctx.input.entityRef);

      const auditorEvent = await auditor.createEvent({
        eventId: 'statefulset-propose-change',
        severityLevel: 'medium',
        meta: { entityRef, actor: initiator ?? 'unknown', taskId: ctx.task.id },
      });

      try {
        const [decision] = await permissions.authorize(
          [{ permission: statefulSetEditPermission, resourceRef: entityRef }],
          { credentials },
        );
        if (decision.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError(
            `You may not edit the StatefulSet of ${entityRef}: the permission ` +
              `policy denies ${statefulSetEditPermission.name}; ask the ` +
              "entity's owners or a portal administrator for access. Nothing was pushed",
          );
        }

        const entity = await catalog.getEntityByRef(entityRef, { credentials });
        if (!entity) {
          throw new NotFoundError(
            `Entity ${entityRef} not found in the catalog, or you may not read it; ` +
              'choose a component created by the "Stateful application" template',
          );
        }
        const values = parseValues(ctx.input.values);
        checkStatefulSetName(entity, values);
        const target = findRepositoryTarget(entity, integrations, repositories);
        const sourcePath = resolveSafeChildPath(
          ctx.workspacePath,
          ctx.input.sourcePath ?? '.',
        );

        const branchName =
          ctx.input.branchName ??
          (await ctx.checkpoint({
            key: `statefulset.propose-change.branch.${entityRef}`,
            fn: async () => defaultBranchName(values.name, new Date()),
          }));
        await checkBranchName(branchName);

        const describeChange: DescribeChange = baseValuesYaml => {
          const check = checkImmutableChanges(baseValuesYaml, values);
          logImmutableCheck(ctx.logger, check);
          const immutableChanges = check.compared ? check.changes : [];
          return {
            immutableChanges,
            ...buildChangeMessage({
              values,
              entityRef: stringifyEntityRef(entity),
              title: ctx.input.title,
              description: ctx.input.description,
              immutableChanges,
              initiator,
            }),
          };
        };

        let outputs: ProposalOutputs;
        if (target.provider !== 'local') {
          outputs = await planHostedChange({
            target,
            reader: urlReader,
            sourcePath,
            branchName,
            describeChange,
          });
        } else if (ctx.isDryRun) {
          outputs = await previewLocalChange({
            target,
            branchName,
            describeChange,
          });
        } else {
          outputs = await ctx.checkpoint({
            key: `statefulset.propose-change.push.${branchName}`,
            fn: () =>
              pushLocalChange({
                target,
                sourcePath,
                branchName,
                author,
                describeChange,
              }),
          });
        }

        for (const key of Object.keys(outputs) as Array<
          keyof ProposalOutputs
        >) {
          const value = outputs[key];
          if (value !== undefined) {
            // TypeScript cannot relate a key of the union to its value type.
            ctx.output(key, value as never);
          }
        }
        ctx.logger.info(describeOutcome(outputs, ctx.isDryRun ?? false));
        await auditorEvent.success({
          meta: {
            provider: outputs.provider,
            branchName: outputs.branchName,
            ...(outputs.commitHash ? { commitHash: outputs.commitHash } : {}),
            ...(outputs.remoteUrl ? { remoteUrl: outputs.remoteUrl } : {}),
            ...(outputs.repoUrl ? { repoUrl: outputs.repoUrl } : {}),
            ...(ctx.isDryRun ? { dryRun: true } : {}),
          },
        });
      } catch (error) {
        ctx.logger.error(
          `Proposing a change to ${entityRef} failed: ${
            (error as Error).message
          }`,
        );
        await auditorEvent.fail({ error: error as Error });
        throw error;
      }
    },
  });
}
