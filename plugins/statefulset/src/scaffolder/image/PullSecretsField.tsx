import { StringListInput } from '../inputs/StringListInput';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';

/**
 * Field for `imagePullSecrets`: names of Secrets of type
 * kubernetes.io/dockerconfigjson in the StatefulSet's namespace.
 */
export function PullSecretsField(props: ModelFieldProps<string[] | undefined>) {
  const key = fieldKey(props, 'imagePullSecrets');
  return (
    <ModelField field={props} defaultKey="imagePullSecrets">
      <StringListInput
        path={key}
        label="Image pull Secrets"
        value={props.formData}
        onChange={value => props.onChange(value)}
        helperText="One Secret name per line, for example registry-credentials; needed for private registries"
      />
    </ModelField>
  );
}
