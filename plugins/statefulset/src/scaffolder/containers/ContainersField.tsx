import { useEffect } from 'react';
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
      ? list
          .map(item => (item as { name?: unknown })?.name)
          .filter(
            (name): name is string => typeof name === 'string' && name !== '',
          )
      : [];
  return [
    ...names(formData?.volumeClaimTemplates),
    ...names(formData?.volumes),
  ];
}

/**
 * Removes empty lists from containers. The form fills every list of the
 * schema with `[]`, and `command: []` would otherwise reach the manifest.
 */
export function withoutEmptyLists(containers: ContainerDraft[] | undefined) {
  return containers?.map(container =>
    Object.fromEntries(
      Object.entries(container).filter(
        ([, value]) => !(Array.isArray(value) && value.length === 0),
      ),
    ),
  );
}

function createContainer(): ContainerDraft {
  return { name: '', image: { repository: '' } };
}

/** Field for `containers` and `initContainers`. */
export function ContainersField(
  props: ModelFieldProps<ContainerDraft[] | undefined, ContainersUiOptions>,
) {
  const key = fieldKey(props, 'containers');
  const init = props.uiSchema?.['ui:options']?.init ?? key === 'initContainers';
  const formData = (props.formContext as { formData?: JsonObject } | undefined)
    ?.formData;

  // Drop empty lists once, so only entered lists remain, and start the
  // required container list with one empty container.
  useEffect(() => {
    const pruned = withoutEmptyLists(props.formData);
    if (!init && !pruned?.length) {
      props.onChange([createContainer()]);
    } else if (JSON.stringify(pruned) !== JSON.stringify(props.formData)) {
      props.onChange(pruned);
    }
    // Runs on mount only; later changes come from the container editors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <ModelField field={props} defaultKey="containers">
      <ListSection<ContainerDraft>
        title={init ? 'Init containers' : 'Containers'}
        addLabel={init ? 'Add init container' : 'Add container'}
        items={props.formData}
        onChange={value => props.onChange(value)}
        createItem={createContainer}
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
