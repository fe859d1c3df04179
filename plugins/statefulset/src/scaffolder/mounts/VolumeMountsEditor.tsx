import type { VolumeMountDraft } from '../drafts';
import { CheckboxInput } from '../inputs/CheckboxInput';
import { ListSection } from '../inputs/ListSection';
import { Row } from '../inputs/Row';
import { SuggestInput } from '../inputs/SuggestInput';
import { TextInput } from '../inputs/TextInput';

/**
 * Edits where a container mounts volumes. The volume name is suggested from
 * the volumes and claim templates of the form, and the mount path sits beside
 * it.
 */
export function VolumeMountsEditor(props: {
  path: string;
  value: VolumeMountDraft[] | undefined;
  volumeNames: string[];
  onChange: (value: VolumeMountDraft[] | undefined) => void;
}) {
  const { path, value, volumeNames, onChange } = props;
  return (
    <ListSection
      title="Volume mounts"
      addLabel="Add mount"
      description="Mount a volume or a per-pod claim template into this container."
      items={value}
      onChange={onChange}
      createItem={() => ({ name: volumeNames[0] ?? '', mountPath: '' })}
      renderItem={(mount, index, update) => (
        <Row>
          <SuggestInput
            path={`${path}[${index}].name`}
            label="Volume"
            required
            value={mount.name}
            suggestions={volumeNames}
            onChange={name => update({ ...mount, name: name ?? '' })}
          />
          <TextInput
            path={`${path}[${index}].mountPath`}
            label="Mount path"
            required
            value={mount.mountPath}
            onChange={mountPath =>
              update({ ...mount, mountPath: mountPath ?? '' })
            }
            helperText="Absolute, for example /var/lib/data"
          />
          <TextInput
            path={`${path}[${index}].subPath`}
            label="Sub-path"
            value={mount.subPath}
            onChange={subPath => update({ ...mount, subPath })}
          />
          <CheckboxInput
            path={`${path}[${index}].readOnly`}
            label="Read-only"
            value={mount.readOnly}
            onChange={readOnly => update({ ...mount, readOnly })}
          />
        </Row>
      )}
    />
  );
}
