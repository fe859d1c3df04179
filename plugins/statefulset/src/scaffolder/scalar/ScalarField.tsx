import { NumberInput } from '../inputs/NumberInput';
import { TextInput } from '../inputs/TextInput';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';

/**
 * Field for one top-level string or integer parameter, such as `name` or
 * `replicas`. The template's schema gives its type, and the values model
 * checks it, so the box shows the same message as the render step.
 */
export function ScalarField(
  props: ModelFieldProps<string | number | undefined>,
) {
  const key = fieldKey(props, 'name');
  const placeholder = props.uiSchema?.['ui:placeholder'] as string | undefined;
  const { title, description } = props.schema;
  const label = title ?? key;

  return (
    <ModelField field={props} defaultKey={key} hideHeading>
      {props.schema.type === 'integer' ? (
        <NumberInput
          path={key}
          label={label}
          required={props.required}
          value={props.formData}
          placeholder={placeholder}
          helperText={description}
          onChange={value => props.onChange(value)}
        />
      ) : (
        <TextInput
          path={key}
          label={label}
          required={props.required}
          value={props.formData as string | undefined}
          placeholder={placeholder}
          helperText={description}
          autoFocus={props.uiSchema?.['ui:autofocus'] === true}
          onChange={value => props.onChange(value)}
        />
      )}
    </ModelField>
  );
}
