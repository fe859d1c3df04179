import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import type { ProbeDraft, ProbeKind, ProbesDraft } from '../drafts';
import { ProbeEditor } from './ProbeEditor';

const KINDS: { kind: ProbeKind; label: string }[] = [
  {
    kind: 'liveness',
    label: 'Liveness probe (restarts the container when it fails)',
  },
  {
    kind: 'readiness',
    label: 'Readiness probe (takes the pod out of the Service when it fails)',
  },
  {
    kind: 'startup',
    label: 'Startup probe (holds the other probes until the container started)',
  },
];

/** Edits the liveness, readiness and startup probes of a container. */
export function ProbesEditor(props: {
  path: string;
  value: ProbesDraft | undefined;
  onChange: (value: ProbesDraft | undefined) => void;
}) {
  const { path, onChange } = props;
  const value = props.value ?? {};

  const set = (kind: ProbeKind, probe: ProbeDraft | undefined) => {
    const next = { ...value, [kind]: probe };
    if (probe === undefined) delete next[kind];
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };

  return (
    <Box>
      {KINDS.map(({ kind, label }) => (
        <Box key={kind} mt={1}>
          <FormControlLabel
            label={label}
            control={
              <Checkbox
                checked={value[kind] !== undefined}
                onChange={e =>
                  set(
                    kind,
                    e.target.checked
                      ? { type: 'tcpSocket', tcpSocket: { port: '' } }
                      : undefined,
                  )
                }
                inputProps={
                  { 'data-path': `${path}.${kind}:enabled` } as object
                }
              />
            }
          />
          {value[kind] && (
            <Box ml={4}>
              <ProbeEditor
                path={`${path}.${kind}`}
                kind={kind}
                value={value[kind]!}
                onChange={probe => set(kind, probe)}
              />
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}
