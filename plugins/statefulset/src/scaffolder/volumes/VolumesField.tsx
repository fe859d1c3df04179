import type { JsonObject } from '@backstage/types';
import { ListSection } from '../inputs/ListSection';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';
import { MountedAt } from './MountedAt';
import { createVolume, VolumeDraft, VolumeEditor } from './VolumeEditor';

/** Field for `volumes`: volumes shared by the pods' containers. */
export function VolumesField(
  props: ModelFieldProps<VolumeDraft[] | undefined>,
) {
  const key = fieldKey(props, 'volumes');
  const formData = (props.formContext as { formData?: JsonObject } | undefined)
    ?.formData;

  return (
    <ModelField field={props} defaultKey="volumes">
      <ListSection<VolumeDraft>
        title="Volumes"
        addLabel="Add volume"
        items={props.formData}
        onChange={value => props.onChange(value)}
        createItem={() => createVolume('emptyDir')}
        renderItem={(volume, index, update) => (
          <>
            <VolumeEditor
              path={`${key}[${index}]`}
              value={volume}
              onChange={update}
            />
            <MountedAt formData={formData} name={volume.name} />
          </>
        )}
      />
    </ModelField>
  );
}
