import Box from '@material-ui/core/Box';
import { ListSection } from '../inputs/ListSection';
import { NumberInput } from '../inputs/NumberInput';
import { Requirement, RequirementsEditor } from './RequirementsEditor';

const NODE_OPERATORS = [
  'In',
  'NotIn',
  'Exists',
  'DoesNotExist',
  'Gt',
  'Lt',
] as const;

type Term = { weight?: number; matchExpressions?: Requirement[] };

/** Edits required and preferred node affinity terms. */
export function NodeAffinityEditor(props: {
  path: string;
  value: { required?: Term[]; preferred?: Term[] } | undefined;
  onChange: (
    value: { required?: Term[]; preferred?: Term[] } | undefined,
  ) => void;
}) {
  const { path, onChange } = props;
  const value = props.value ?? {};
  const set = (key: 'required' | 'preferred', terms: Term[] | undefined) => {
    const next: Record<string, unknown> = { ...value, [key]: terms };
    if (terms === undefined) delete next[key];
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };

  return (
    <Box>
      <ListSection<Term>
        title="Required node terms (a node must match one term)"
        addLabel="Add required term"
        items={value.required}
        onChange={terms => set('required', terms)}
        createItem={() => ({
          matchExpressions: [{ key: '', operator: 'In', values: [] }],
        })}
        renderItem={(term, index, update) => (
          <RequirementsEditor
            path={`${path}.required[${index}].matchExpressions`}
            operators={NODE_OPERATORS}
            value={term.matchExpressions}
            onChange={m => update({ ...term, matchExpressions: m })}
          />
        )}
      />
      <ListSection<Term>
        title="Preferred node terms (weighted)"
        addLabel="Add preferred term"
        items={value.preferred}
        onChange={terms => set('preferred', terms)}
        createItem={() => ({
          weight: 50,
          matchExpressions: [{ key: '', operator: 'In', values: [] }],
        })}
        renderItem={(term, index, update) => (
          <>
            <NumberInput
              path={`${path}.preferred[${index}].weight`}
              label="Weight"
              value={term.weight}
              onChange={weight => update({ ...term, weight: weight as number })}
              helperText="1-100"
            />
            <RequirementsEditor
              path={`${path}.preferred[${index}].matchExpressions`}
              operators={NODE_OPERATORS}
              value={term.matchExpressions}
              onChange={m => update({ ...term, matchExpressions: m })}
            />
          </>
        )}
      />
    </Box>
  );
}
