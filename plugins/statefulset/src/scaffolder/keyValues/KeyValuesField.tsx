import {
  validateAnnotationKey,
  validateLabelKey,
  validateLabelValue,
} from '@internal/backstage-plugin-statefulset-common';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';
import { KeyValueEditor, KeyValueRules } from './KeyValueEditor';

/** `ui:options` of the key/value field. */
export type KeyValuesUiOptions = {
  /** `labels` checks keys and values as label keys and values; `annotations` checks keys only. */
  kind?: 'labels' | 'annotations';
};

const RULES: Record<'labels' | 'annotations', KeyValueRules> = {
  labels: { key: validateLabelKey, value: validateLabelValue },
  // Annotation values are free text, so only their keys are checked per row.
  annotations: { key: validateAnnotationKey },
};

/** Field for `labels`, `annotations`, `podLabels` and `podAnnotations`. */
export function KeyValuesField(
  props: ModelFieldProps<
    Record<string, string> | undefined,
    KeyValuesUiOptions
  >,
) {
  const key = fieldKey(props, 'labels');
  const kind =
    props.uiSchema?.['ui:options']?.kind ??
    (key.toLowerCase().endsWith('labels') ? 'labels' : 'annotations');

  return (
    <ModelField field={props} defaultKey="labels">
      <KeyValueEditor
        path={key}
        value={props.formData}
        onChange={value => props.onChange(value)}
        rules={RULES[kind]}
        addLabel={kind === 'labels' ? 'Add label' : 'Add annotation'}
      />
    </ModelField>
  );
}
