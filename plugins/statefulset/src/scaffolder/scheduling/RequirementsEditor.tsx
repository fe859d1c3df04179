import { ListSection } from '../inputs/ListSection';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { StringListInput } from '../inputs/StringListInput';
import { TextInput } from '../inputs/TextInput';

export type Requirement = {
  key?: string;
  operator?: string;
  values?: string[];
};

/** Operators that take no values. */
const VALUELESS = ['Exists', 'DoesNotExist'];

/**
 * Edits match expressions of a node or label selector. `Exists` and
 * `DoesNotExist` hide the values box and drop its values, because Kubernetes
 * rejects values there.
 */
export function RequirementsEditor(props: {
  path: string;
  operators: readonly string[];
  value: Requirement[] | undefined;
  onChange: (value: Requirement[] | undefined) => void;
}) {
  const { path, operators, value, onChange } = props;
  return (
    <ListSection<Requirement>
      title="Match expressions"
      addLabel="Add expression"
      items={value}
      onChange={onChange}
      createItem={() => ({ key: '', operator: 'In', values: [] })}
      renderItem={(requirement, index, update) => (
        <Row>
          <TextInput
            path={`${path}[${index}].key`}
            label="Key"
            required
            value={requirement.key}
            onChange={key => update({ ...requirement, key: key ?? '' })}
            helperText="For example topology.kubernetes.io/zone"
          />
          <SelectInput
            path={`${path}[${index}].operator`}
            label="Operator"
            value={requirement.operator}
            options={operators}
            onChange={operator => {
              const next = { ...requirement, operator };
              if (operator && VALUELESS.includes(operator)) delete next.values;
              update(next);
            }}
          />
          {!VALUELESS.includes(requirement.operator ?? '') && (
            <StringListInput
              path={`${path}[${index}].values`}
              label="Values"
              value={requirement.values}
              onChange={values => update({ ...requirement, values })}
              helperText="One value per line; Gt and Lt take one integer"
            />
          )}
        </Row>
      )}
    />
  );
}
