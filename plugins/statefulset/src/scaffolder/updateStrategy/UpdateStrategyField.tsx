import { NumberInput } from '../inputs/NumberInput';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { TextInput } from '../inputs/TextInput';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';

type Draft = {
  type?: 'RollingUpdate' | 'OnDelete';
  partition?: number | string;
  maxUnavailable?: number | string;
};

const TYPES = ['RollingUpdate', 'OnDelete'] as const;

/** Reads a count such as `1` as a number and keeps a percentage such as `25%` as text. */
function countOrPercent(text: string | undefined): number | string | undefined {
  return text !== undefined && /^[0-9]+$/.test(text) ? Number(text) : text;
}

/**
 * Field for `updateStrategy`. Partition and max unavailable belong to
 * `RollingUpdate` only, so choosing `OnDelete` drops them, and values that
 * still combine them show the model's message at the partition box.
 */
export function UpdateStrategyField(props: ModelFieldProps<Draft | undefined>) {
  const key = fieldKey(props, 'updateStrategy');
  const value: Draft = props.formData ?? {};
  const set = (next: Draft) => props.onChange(next);
  const rolling = value.type === 'RollingUpdate';

  return (
    <ModelField field={props} defaultKey="updateStrategy">
      <Row>
        <SelectInput
          path={`${key}.type`}
          label="Type"
          value={value.type}
          options={TYPES}
          unsetLabel="Kubernetes default (RollingUpdate)"
          onChange={type => {
            if (type === undefined) props.onChange(undefined);
            else if (type === 'OnDelete') set({ type });
            else set({ ...value, type });
          }}
          helperText="OnDelete: pods update only when deleted by hand"
        />
        {(rolling || value.partition !== undefined) && (
          <NumberInput
            path={`${key}.partition`}
            label="Partition"
            value={value.partition}
            onChange={partition => set({ ...value, partition })}
            helperText="Only pods with an ordinal at or above it update; default 0"
          />
        )}
        {(rolling || value.maxUnavailable !== undefined) && (
          <TextInput
            path={`${key}.maxUnavailable`}
            label="Max unavailable"
            value={
              value.maxUnavailable === undefined
                ? undefined
                : String(value.maxUnavailable)
            }
            onChange={text =>
              set({ ...value, maxUnavailable: countOrPercent(text) })
            }
            helperText="Pods or percent, for example 1 or 25%; default 1"
          />
        )}
      </Row>
    </ModelField>
  );
}
