import { createFrontendModule } from '@backstage/frontend-plugin-api';
import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';
import type { FieldExtensionOptions } from '@backstage/plugin-scaffolder-react';
import { statefulSetFieldOptions } from './fields';

/**
 * Both frontend systems take the same name, component and validation; the
 * new system types them through zod schemas, which these fields do not use.
 */
function asFormFieldData(
  options: FieldExtensionOptions<any, any>,
): Parameters<typeof createFormField>[0] {
  return options as Parameters<typeof createFormField>[0];
}

/** Form field extensions of the new frontend system, one per field. */
export const statefulSetFormFields = statefulSetFieldOptions.map(options =>
  FormFieldBlueprint.make({
    name: options.name,
    params: {
      field: async () => createFormField(asFormFieldData(options)),
    },
  }),
);

/**
 * Scaffolder module with the "Stateful application" template's fields. Apps
 * with feature discovery load it from this package's `/alpha` entry point.
 *
 * @alpha
 */
export const statefulSetScaffolderModule = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: statefulSetFormFields,
});
