import { HOST_PATH_TYPES } from '@internal/backstage-plugin-statefulset-common';
import type { VolumeType } from '../drafts';
import { CheckboxInput } from '../inputs/CheckboxInput';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { TextInput } from '../inputs/TextInput';

export type VolumeDraft = { name?: string; type: VolumeType } & Record<
  string,
  any
>;

export const VOLUME_TYPES: readonly VolumeType[] = [
  'emptyDir',
  'configMap',
  'secret',
  'persistentVolumeClaim',
  'hostPath',
];

/** Returns a volume of `type` with the same name and an empty source. */
export function createVolume(type: VolumeType, name = ''): VolumeDraft {
  switch (type) {
    case 'hostPath':
      return { name, type, hostPath: { path: '' } };
    case 'configMap':
      return { name, type, configMap: { name: '' } };
    case 'secret':
      return { name, type, secret: { secretName: '' } };
    case 'persistentVolumeClaim':
      return { name, type, persistentVolumeClaim: { claimName: '' } };
    default:
      return { name, type: 'emptyDir' };
  }
}

/** Reads `defaultMode` as octal, the way `chmod` and Kubernetes manifests write it. */
function octalMode(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  return /^0?[0-7]{1,4}$/.test(text) ? parseInt(text, 8) : text;
}

/** Edits one pod volume; the type picker decides which source boxes show. */
export function VolumeEditor(props: {
  path: string;
  value: VolumeDraft;
  onChange: (value: VolumeDraft) => void;
}) {
  const { path, value, onChange } = props;
  const source = (key: string) => (value[key] ?? {}) as Record<string, any>;
  const setSource = (key: string, field: string, next: unknown) => {
    const updated = { ...source(key), [field]: next };
    if (next === undefined) delete updated[field];
    onChange({ ...value, [key]: updated });
  };
  const mode = (key: string) => (
    <TextInput
      path={`${path}.${key}.defaultMode`}
      label="File mode (octal)"
      value={
        source(key).defaultMode === undefined
          ? undefined
          : `0${Number(source(key).defaultMode).toString(8)}`
      }
      onChange={text => setSource(key, 'defaultMode', octalMode(text))}
      helperText="Default 0644"
    />
  );

  return (
    <>
      <Row>
        <TextInput
          path={`${path}.name`}
          label="Volume name"
          required
          value={value.name}
          onChange={name => onChange({ ...value, name: name ?? '' })}
        />
        <SelectInput
          path={`${path}.type`}
          label="Type"
          value={value.type}
          options={VOLUME_TYPES}
          onChange={type => type && onChange(createVolume(type, value.name))}
        />
      </Row>
      {value.type === 'emptyDir' && (
        <Row>
          <SelectInput
            path={`${path}.emptyDir.medium`}
            label="Medium"
            value={source('emptyDir').medium || undefined}
            options={['Memory'] as const}
            unsetLabel="Node disk (default)"
            onChange={medium => setSource('emptyDir', 'medium', medium)}
          />
          <TextInput
            path={`${path}.emptyDir.sizeLimit`}
            label="Size limit"
            value={source('emptyDir').sizeLimit}
            onChange={sizeLimit =>
              setSource('emptyDir', 'sizeLimit', sizeLimit)
            }
            helperText="For example 1Gi"
          />
        </Row>
      )}
      {value.type === 'configMap' && (
        <Row>
          <TextInput
            path={`${path}.configMap.name`}
            label="ConfigMap"
            required
            value={source('configMap').name}
            onChange={n => setSource('configMap', 'name', n ?? '')}
          />
          {mode('configMap')}
          <CheckboxInput
            path={`${path}.configMap.optional`}
            label="Optional"
            value={source('configMap').optional}
            onChange={o => setSource('configMap', 'optional', o)}
          />
        </Row>
      )}
      {value.type === 'secret' && (
        <Row>
          <TextInput
            path={`${path}.secret.secretName`}
            label="Secret"
            required
            value={source('secret').secretName}
            onChange={n => setSource('secret', 'secretName', n ?? '')}
          />
          {mode('secret')}
          <CheckboxInput
            path={`${path}.secret.optional`}
            label="Optional"
            value={source('secret').optional}
            onChange={o => setSource('secret', 'optional', o)}
          />
        </Row>
      )}
      {value.type === 'persistentVolumeClaim' && (
        <Row>
          <TextInput
            path={`${path}.persistentVolumeClaim.claimName`}
            label="Claim name"
            required
            value={source('persistentVolumeClaim').claimName}
            onChange={n =>
              setSource('persistentVolumeClaim', 'claimName', n ?? '')
            }
            helperText="An existing claim, shared by every pod"
          />
          <CheckboxInput
            path={`${path}.persistentVolumeClaim.readOnly`}
            label="Read-only"
            value={source('persistentVolumeClaim').readOnly}
            onChange={r => setSource('persistentVolumeClaim', 'readOnly', r)}
          />
        </Row>
      )}
      {value.type === 'hostPath' && (
        <Row>
          <TextInput
            path={`${path}.hostPath.path`}
            label="Path on the node"
            required
            value={source('hostPath').path}
            onChange={p => setSource('hostPath', 'path', p ?? '')}
          />
          <SelectInput
            path={`${path}.hostPath.type`}
            label="Check before mounting"
            value={source('hostPath').type || undefined}
            options={HOST_PATH_TYPES.filter(t => t !== '')}
            unsetLabel="No check (default)"
            onChange={t => setSource('hostPath', 'type', t)}
          />
        </Row>
      )}
    </>
  );
}
