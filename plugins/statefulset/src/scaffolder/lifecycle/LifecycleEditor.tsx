import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import type { HookDraft, HookKind, LifecycleDraft } from '../drafts';
import { PortRefInput } from '../inputs/PortRefInput';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { StringListInput } from '../inputs/StringListInput';
import { TextInput } from '../inputs/TextInput';

const HOOKS: { kind: HookKind; label: string }[] = [
  {
    kind: 'postStart',
    label: 'Post-start hook (runs right after the container starts)',
  },
  {
    kind: 'preStop',
    label: 'Pre-stop hook (runs before the container is stopped)',
  },
];

function HookEditor(props: {
  path: string;
  value: HookDraft;
  onChange: (value: HookDraft) => void;
}) {
  const { path, value, onChange } = props;
  const httpGet = value.httpGet ?? { port: '' };

  return (
    <Row>
      <SelectInput
        path={`${path}.type`}
        label="Run"
        value={value.type}
        options={['exec', 'httpGet'] as const}
        onChange={type =>
          type &&
          onChange(
            type === 'exec'
              ? { type, exec: { command: [] } }
              : { type, httpGet: { port: '' } },
          )
        }
        helperText={value.type === 'exec' ? 'Command' : 'HTTP GET request'}
      />
      {value.type === 'exec' && (
        <StringListInput
          path={`${path}.exec.command`}
          label="Command"
          value={value.exec?.command}
          onChange={command =>
            onChange({ ...value, exec: { command: command ?? [] } })
          }
          helperText="One argument per line, for example /bin/sh, -c, nginx -s quit"
        />
      )}
      {value.type === 'httpGet' && (
        <TextInput
          path={`${path}.httpGet.path`}
          label="Path"
          value={httpGet.path}
          onChange={p =>
            onChange({ ...value, httpGet: { ...httpGet, path: p } })
          }
        />
      )}
      {value.type === 'httpGet' && (
        <PortRefInput
          path={`${path}.httpGet.port`}
          label="Port"
          required
          value={httpGet.port}
          onChange={port =>
            onChange({ ...value, httpGet: { ...httpGet, port } })
          }
        />
      )}
      {value.type === 'httpGet' && (
        <SelectInput
          path={`${path}.httpGet.scheme`}
          label="Scheme"
          value={httpGet.scheme}
          options={['HTTP', 'HTTPS'] as const}
          unsetLabel="HTTP (default)"
          onChange={scheme =>
            onChange({ ...value, httpGet: { ...httpGet, scheme } })
          }
        />
      )}
      {value.type === 'httpGet' && (
        <TextInput
          path={`${path}.httpGet.host`}
          label="Host"
          value={httpGet.host}
          onChange={host =>
            onChange({ ...value, httpGet: { ...httpGet, host } })
          }
          helperText="Default: the pod IP"
        />
      )}
    </Row>
  );
}

/** Edits the post-start and pre-stop hooks of a container. */
export function LifecycleEditor(props: {
  path: string;
  value: LifecycleDraft | undefined;
  onChange: (value: LifecycleDraft | undefined) => void;
}) {
  const { path, onChange } = props;
  const value = props.value ?? {};

  const set = (kind: HookKind, hook: HookDraft | undefined) => {
    const next: LifecycleDraft = { ...value, [kind]: hook };
    if (hook === undefined) delete next[kind];
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };

  return (
    <Box>
      {HOOKS.map(({ kind, label }) => (
        <Box key={kind}>
          <FormControlLabel
            label={label}
            control={
              <Checkbox
                checked={value[kind] !== undefined}
                onChange={e =>
                  set(
                    kind,
                    e.target.checked
                      ? { type: 'exec', exec: { command: [] } }
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
              <HookEditor
                path={`${path}.${kind}`}
                value={value[kind]!}
                onChange={hook => set(kind, hook)}
              />
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}
