import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  buildRepositoryFiles,
  collectWarnings,
  formatFieldErrors,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import { writeRepositoryFiles } from '../repositoryFiles/writeRepositoryFiles';
import { examples } from './render.examples';

/** The id of the action that {@link createRenderAction} returns. */
export const RENDER_ACTION_ID = 'statefulset:render';

/**
 * Creates the `statefulset:render` action. It validates the values of the
 * "Stateful application" template with the common parameter model and writes
 * the repository of the StatefulSet (manifests, kustomization.yaml,
 * catalog-info.yaml, README.md, values.yaml) into the task workspace.
 */
export function createRenderAction() {
  return createTemplateAction({
    id: RENDER_ACTION_ID,
    description:
      'Validates the values of a stateful application and writes its ' +
      'StatefulSet manifests, catalog-info.yaml and README.md into the workspace',
    examples,
    supportsDryRun: true,
    schema: {
      input: z =>
        z.object({
          values: z
            .record(z.string(), z.unknown())
            .describe(
              'The values of the stateful application, with the keys of the ' +
                'template parameters (name, containers, volumeClaimTemplates, ...)',
            ),
          targetPath: z
            .string()
            .optional()
            .describe(
              'Folder of the workspace to write the files into, relative to ' +
                'the workspace root. Defaults to the workspace root',
            ),
          lifecycle: z
            .string()
            .optional()
            .describe(
              'Lifecycle of the catalog entity in catalog-info.yaml. Defaults to production',
            ),
          sourceLocation: z
            .string()
            .optional()
            .describe(
              'Value of the backstage.io/source-location annotation, for example url:https://github.com/acme/nginx/tree/main/',
            ),
          repositoryUrl: z
            .string()
            .optional()
            .describe(
              'Clone URL of the repository for the Argo CD and Flux examples in README.md',
            ),
        }),
      output: z =>
        z.object({
          files: z
            .array(z.string())
            .describe(
              'Paths of the written files, relative to the target path',
            ),
        }),
    },
    async handler(ctx) {
      const result = validateStatefulSetValues(ctx.input.values);
      if (!result.success) {
        throw new InputError(
          `Invalid values for the stateful application, nothing was written:\n${formatFieldErrors(
            result.errors,
          )}`,
        );
      }
      const values = result.values;

      const warnings = collectWarnings(values);
      if (warnings.length > 0) {
        ctx.logger.warn(
          `StatefulSet ${values.namespace}/${
            values.name
          } has risks that do not block creation:\n${formatFieldErrors(
            warnings,
          )}`,
        );
      }

      const targetPath = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.targetPath ?? '.',
      );
      const files = buildRepositoryFiles(values, {
        lifecycle: ctx.input.lifecycle,
        sourceLocation: ctx.input.sourceLocation,
        repositoryUrl: ctx.input.repositoryUrl,
      });
      await writeRepositoryFiles(targetPath, files);

      ctx.logger.info(
        `Wrote ${files.length} files for StatefulSet ${values.namespace}/${values.name}`,
      );
      ctx.output(
        'files',
        files.map(file => file.path),
      );
    },
  });
}
