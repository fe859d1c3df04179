import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { KeyValueEditor } from '../keyValues/KeyValueEditor';
import { ListSection } from '../inputs/ListSection';
import { NumberInput } from '../inputs/NumberInput';
import { StringListInput } from '../inputs/StringListInput';
import { SuggestInput } from '../inputs/SuggestInput';
import { Requirement, RequirementsEditor } from './RequirementsEditor';

const LABEL_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
const TOPOLOGY_KEYS = [
  'kubernetes.io/hostname',
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
];

type Term = {
  topologyKey?: string;
  namespaces?: string[];
  labelSelector?: {
    matchLabels?: Record<string, string>;
    matchExpressions?: Requirement[];
  };
};
type Weighted = { weight?: number; term?: Term };
type Affinity = { required?: Term[]; preferred?: Weighted[] };

function TermEditor(props: {
  path: string;
  value: Term;
  onChange: (value: Term) => void;
}) {
  const { path, value, onChange } = props;
  const selector = value.labelSelector ?? {};
  return (
    <Box>
      <SuggestInput
        path={`${path}.topologyKey`}
        label="Topology key"
        required
        value={value.topologyKey}
        suggestions={TOPOLOGY_KEYS}
        onChange={topologyKey =>
          onChange({ ...value, topologyKey: topologyKey ?? '' })
        }
        helperText="Pods count as together within one value of this node label"
      />
      <StringListInput
        path={`${path}.namespaces`}
        label="Namespaces"
        value={value.namespaces}
        onChange={namespaces => onChange({ ...value, namespaces })}
        helperText="One per line; empty: this StatefulSet's namespace"
      />
      <Typography variant="body2">Pods with these labels</Typography>
      <KeyValueEditor
        path={`${path}.labelSelector.matchLabels`}
        value={selector.matchLabels}
        onChange={matchLabels =>
          onChange({ ...value, labelSelector: { ...selector, matchLabels } })
        }
        addLabel="Add label"
      />
      <RequirementsEditor
        path={`${path}.labelSelector.matchExpressions`}
        operators={LABEL_OPERATORS}
        value={selector.matchExpressions}
        onChange={matchExpressions =>
          onChange({
            ...value,
            labelSelector: { ...selector, matchExpressions },
          })
        }
      />
    </Box>
  );
}

/** Edits pod affinity or anti-affinity: required terms and weighted preferred terms. */
export function PodAffinityEditor(props: {
  path: string;
  title: string;
  value: Affinity | undefined;
  onChange: (value: Affinity | undefined) => void;
}) {
  const { path, title, onChange } = props;
  const value = props.value ?? {};
  const set = (key: keyof Affinity, terms: unknown[] | undefined) => {
    const next: Record<string, unknown> = { ...value, [key]: terms };
    if (terms === undefined) delete next[key];
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };
  const emptyTerm = (): Term => ({
    topologyKey: 'kubernetes.io/hostname',
    labelSelector: {},
  });

  return (
    <Box>
      <ListSection<Term>
        title={`${title}: required`}
        addLabel="Add required term"
        items={value.required}
        onChange={terms => set('required', terms)}
        createItem={emptyTerm}
        renderItem={(term, index, update) => (
          <TermEditor
            path={`${path}.required[${index}]`}
            value={term}
            onChange={update}
          />
        )}
      />
      <ListSection<Weighted>
        title={`${title}: preferred`}
        addLabel="Add preferred term"
        items={value.preferred}
        onChange={terms => set('preferred', terms)}
        createItem={() => ({ weight: 50, term: emptyTerm() })}
        renderItem={(weighted, index, update) => (
          <>
            <NumberInput
              path={`${path}.preferred[${index}].weight`}
              label="Weight"
              value={weighted.weight}
              onChange={weight =>
                update({ ...weighted, weight: weight as number })
              }
              helperText="1-100"
            />
            <TermEditor
              path={`${path}.preferred[${index}].term`}
              value={weighted.term ?? emptyTerm()}
              onChange={term => update({ ...weighted, term })}
            />
          </>
        )}
      />
    </Box>
  );
}
