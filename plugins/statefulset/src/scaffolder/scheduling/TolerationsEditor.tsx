import type { TolerationDraft as TolerationValues } from '../drafts';
import { ListSection } from '../inputs/ListSection';
import { NumberInput } from '../inputs/NumberInput';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { TextInput } from '../inputs/TextInput';

/** Edits the taints that the pods tolerate. */
export function TolerationsEditor(props: {
  path: string;
  value: TolerationValues[] | undefined;
  onChange: (value: TolerationValues[] | undefined) => void;
}) {
  const { path, value, onChange } = props;
  return (
    <ListSection<TolerationValues>
      title="Tolerations"
      addLabel="Add toleration"
      items={value}
      onChange={onChange}
      createItem={() => ({ operator: 'Equal' })}
      renderItem={(toleration, index, update) => (
        <Row>
          <TextInput
            path={`${path}[${index}].key`}
            label="Taint key"
            value={toleration.key}
            onChange={key => update({ ...toleration, key })}
            helperText="Empty with Exists: every taint"
          />
          <SelectInput
            path={`${path}[${index}].operator`}
            label="Operator"
            value={toleration.operator}
            options={['Equal', 'Exists'] as const}
            unsetLabel="Equal (default)"
            onChange={operator =>
              update({
                ...toleration,
                operator,
                ...(operator === 'Exists' ? { value: undefined } : {}),
              })
            }
          />
          {toleration.operator !== 'Exists' && (
            <TextInput
              path={`${path}[${index}].value`}
              label="Value"
              value={toleration.value}
              onChange={v => update({ ...toleration, value: v })}
            />
          )}
          <SelectInput
            path={`${path}[${index}].effect`}
            label="Effect"
            value={toleration.effect}
            options={['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const}
            unsetLabel="Any effect"
            onChange={effect => update({ ...toleration, effect })}
          />
          {toleration.effect === 'NoExecute' && (
            <NumberInput
              path={`${path}[${index}].tolerationSeconds`}
              label="Toleration seconds"
              value={toleration.tolerationSeconds}
              onChange={s =>
                update({ ...toleration, tolerationSeconds: s as number })
              }
              helperText="Empty: forever"
            />
          )}
        </Row>
      )}
    />
  );
}
