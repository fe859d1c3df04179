import { ReactNode, useMemo } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import type { JsonObject } from '@backstage/types';
import { ErrorScope } from './ErrorScope';
import { collectModelErrors, ModelFieldUiOptions } from './modelErrors';

function hasNestedErrors(errorSchema: unknown): boolean {
  if (!errorSchema || typeof errorSchema !== 'object') {
    return false;
  }
  return Object.entries(errorSchema).some(([key, child]) =>
    key === '__errors'
      ? Array.isArray(child) && child.length > 0
      : hasNestedErrors(child),
  );
}

/** Props of every field extension of this plugin. */
export type ModelFieldProps<
  TValue,
  TUiOptions = {},
> = FieldExtensionComponentProps<TValue, TUiOptions & ModelFieldUiOptions>;

/** Returns the parameter key that a field edits: `ui:options.key`, else its property name. */
export function fieldKey(
  props: ModelFieldProps<any, any>,
  defaultKey: string,
): string {
  return props.uiSchema?.['ui:options']?.key ?? props.name ?? defaultKey;
}

/**
 * Frames one field extension: its title and description from the template,
 * and the model's errors of the edited key for the inputs inside. Fields of
 * a single box set `hideHeading`, because the box shows title and
 * description itself.
 */
export function ModelField<TValue>(props: {
  field: ModelFieldProps<TValue, any>;
  defaultKey: string;
  children: ReactNode;
  hideHeading?: boolean;
}) {
  const { field, defaultKey, children, hideHeading } = props;
  const key = fieldKey(field, defaultKey);
  const formData = (field.formContext as { formData?: JsonObject } | undefined)
    ?.formData;

  const errors = useMemo(
    () => collectModelErrors(formData, key, field.formData),
    [formData, key, field.formData],
  );
  // After a submit attempt the form passes errors of this key or of its
  // nested values; either way every input shows its message from then on.
  const showAll =
    (field.rawErrors?.length ?? 0) > 0 || hasNestedErrors(field.errorSchema);

  return (
    <Box mb={2}>
      {!hideHeading && field.schema.title && (
        <Typography variant="h6">{field.schema.title}</Typography>
      )}
      {!hideHeading && field.schema.description && (
        <Typography variant="body2" color="textSecondary">
          {field.schema.description}
        </Typography>
      )}
      <ErrorScope errors={errors} showAll={showAll}>
        {children}
      </ErrorScope>
    </Box>
  );
}
