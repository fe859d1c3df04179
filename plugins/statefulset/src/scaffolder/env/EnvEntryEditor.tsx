import {
  ENV_FIELD_PATHS,
  EnvEntry,
} from '@internal/backstage-plugin-statefulset-common';
import { CheckboxInput } from '../inputs/CheckboxInput';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { SuggestInput } from '../inputs/SuggestInput';
import { TextInput } from '../inputs/TextInput';

export type EnvSource = EnvEntry['source'];
type Draft = Partial<Record<string, unknown>> & { source: EnvSource };

export const ENV_SOURCE_LABELS: Record<EnvSource, string> = {
  value: 'Value',
  configMapKey: 'ConfigMap key',
  secretKey: 'Secret key',
  configMap: 'Whole ConfigMap',
  secret: 'Whole Secret',
  fieldRef: 'Pod field',
};

const SOURCES = Object.keys(ENV_SOURCE_LABELS) as EnvSource[];

/** Keeps the keys that the new source shares with the old entry, such as `name`. */
function switchSource(entry: Draft, source: EnvSource): Draft {
  const keep = [
    'name',
    'configMapName',
    'secretName',
    'key',
    'optional',
    'prefix',
  ];
  const next: Draft = { source };
  for (const key of keep) {
    if (entry[key] !== undefined) next[key] = entry[key];
  }
  const allowed: Record<EnvSource, string[]> = {
    value: ['name', 'value'],
    configMapKey: ['name', 'configMapName', 'key', 'optional'],
    secretKey: ['name', 'secretName', 'key', 'optional'],
    configMap: ['configMapName', 'prefix'],
    secret: ['secretName', 'prefix'],
    fieldRef: ['name', 'fieldPath'],
  };
  for (const key of Object.keys(next)) {
    if (key !== 'source' && !allowed[source].includes(key)) delete next[key];
  }
  if (source === 'value') next.value = '';
  return next;
}

/** Edits one environment entry; the source picker decides which boxes show. */
export function EnvEntryEditor(props: {
  path: string;
  value: Draft;
  onChange: (value: Draft) => void;
}) {
  const { path, value, onChange } = props;
  const text = (
    key: string,
    label: string,
    helperText?: string,
    required = true,
  ) => (
    <TextInput
      path={`${path}.${key}`}
      label={label}
      required={required}
      value={value[key] as string | undefined}
      onChange={v =>
        onChange({ ...value, [key]: key === 'value' ? v ?? '' : v })
      }
      helperText={helperText}
    />
  );
  const optional = (
    <CheckboxInput
      path={`${path}.optional`}
      label="Optional (start even if missing)"
      value={value.optional as boolean | undefined}
      onChange={v => onChange({ ...value, optional: v })}
    />
  );

  return (
    <>
      <Row>
        <SelectInput
          path={`${path}.source`}
          label="Source"
          value={value.source}
          options={SOURCES}
          onChange={source => source && onChange(switchSource(value, source))}
          helperText={ENV_SOURCE_LABELS[value.source]}
        />
        {value.source !== 'configMap' &&
          value.source !== 'secret' &&
          text('name', 'Variable name', 'For example LOG_LEVEL')}
      </Row>
      {value.source === 'value' && (
        <Row>
          {text('value', 'Value', 'Passed as this exact string', false)}
        </Row>
      )}
      {value.source === 'configMapKey' && (
        <Row>
          {text('configMapName', 'ConfigMap')}
          {text('key', 'Key')}
          {optional}
        </Row>
      )}
      {value.source === 'secretKey' && (
        <Row>
          {text('secretName', 'Secret')}
          {text('key', 'Key')}
          {optional}
        </Row>
      )}
      {value.source === 'configMap' && (
        <Row>
          {text('configMapName', 'ConfigMap')}
          {text(
            'prefix',
            'Prefix',
            'Added before every key, for example APP_',
            false,
          )}
        </Row>
      )}
      {value.source === 'secret' && (
        <Row>
          {text('secretName', 'Secret')}
          {text(
            'prefix',
            'Prefix',
            'Added before every key, for example DB_',
            false,
          )}
        </Row>
      )}
      {value.source === 'fieldRef' && (
        <Row>
          <SuggestInput
            path={`${path}.fieldPath`}
            label="Field path"
            required
            value={value.fieldPath as string | undefined}
            suggestions={[
              ...ENV_FIELD_PATHS,
              "metadata.labels['<key>']",
              "metadata.annotations['<key>']",
            ]}
            onChange={fieldPath => onChange({ ...value, fieldPath })}
            helperText="For example metadata.name or status.podIP"
          />
        </Row>
      )}
    </>
  );
}
