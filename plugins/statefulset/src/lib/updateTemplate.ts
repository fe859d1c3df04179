/**
 * The template that proposes a change to a generated repository, as
 * templates/statefulset-update/template.yaml names it.
 */
export const UPDATE_TEMPLATE = {
  namespace: 'default',
  templateName: 'update-stateful-application',
} as const;

/**
 * Builds the query string that opens a template with its form prefilled:
 * the scaffolder reads the `formData` parameter as JSON. `entity` is the
 * update template's first field and names the entity to change.
 */
export function buildFormDataQuery(
  values: Record<string, unknown>,
  entityRef: string,
): string {
  const formData = { ...values, entity: entityRef };
  return `?formData=${encodeURIComponent(JSON.stringify(formData))}`;
}
