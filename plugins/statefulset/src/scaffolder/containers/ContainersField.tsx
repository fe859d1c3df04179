import type { JsonObject } from '@backstage/types';
import { ListSection } from '../inputs/ListSection';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';
import { ContainerDraft, ContainerEditor } from './ContainerEditor';

/** `ui:options` of the containers field. */
export type ContainersUiOptions = {
  /** Edits init containers: no probes and no lifecycle hooks. Default: true for the `initContainers` key. */
  init?: boolean;
};

function volumeNamesOf(formData: JsonObject | undefined): string[] {
  const names = (list: unknown) =>
    Array.isArray(list)
      ? list.map(item => (item as { name?: unknown })?.name).filter(
          (name): name is string => typeof name === 'string' && name !== '',
        )
      : [];
  return [...names(formData?.volumeClaimTemplates), ...names(formData?.volumes)];
}

/** Field for `containers` and `initContainers`. */
export function ContainersField(
  props: ModelFieldProps<ContainerDraft[] | undefined, ContainersUiOptions>,
) {
  const key = fieldKey(props, 'containers');
  const init = props.uiSchema?.['ui:options']?.init ?? key === 'initContainers';
  const formData = (props.formContext as { formData?: JsonObject } | undefined)?.formData;

  return (
    <ModelField field={props} defaultKey="containers">
      <ListSection<ContainerDraft>
        title={init ? 'Init containers' : 'Containers'}
        addLabel={init ? 'Add init container' : 'Add container'}
        items={props.formData}
        onChange={value => props.onChange(value)}
        createItem={() => ({ name: '', image: { repository: '' } })}
        renderItem={(container, index, update) => (
          <ContainerEditor
            path={`${key}[${index}]`}
            value={container}
            init={init}
            volumeNames={volumeNamesOf(formData)}
            onChange={update}
          />
        )}
      />
    </ModelField>
  );
}
