import Box from '@material-ui/core/Box';
import FormHelperText from '@material-ui/core/FormHelperText';
import { useFieldError } from '../ErrorScope';
import type { ProbeDraft, ProbeKind } from '../drafts';
import { NumberInput } from '../inputs/NumberInput';
import { PortRefInput } from '../inputs/PortRefInput';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { StringListInput } from '../inputs/StringListInput';
import { TextInput } from '../inputs/TextInput';
import { HttpHeadersEditor } from './HttpHeadersEditor';

const TYPES = ['httpGet', 'tcpSocket', 'exec'] as const;
const TYPE_LABELS = {
  httpGet: 'HTTP request',
  tcpSocket: 'TCP connection',
  exec: 'Command',
};

/** Keeps only the handler that `type` names, because a probe has exactly one. */
function switchType(probe: ProbeDraft, type: ProbeDraft['type']): ProbeDraft {
  const { httpGet, tcpSocket, exec, ...timing } = probe;
  if (type === 'httpGet')
    return { ...timing, type, httpGet: httpGet ?? { path: '/', port: '' } };
  if (type === 'tcpSocket')
    return { ...timing, type, tcpSocket: tcpSocket ?? { port: '' } };
  return { ...timing, type, exec: exec ?? { command: [] } };
}

/**
 * Shows the model's message for a handler that the probe's type does not
 * name. The editor itself keeps one handler, but values from elsewhere may
 * carry two, and the handler's own boxes are hidden then.
 */
function StrayHandlerError(props: { path: string }) {
  const { error } = useFieldError(props.path);
  return error ? <FormHelperText error>{error}</FormHelperText> : null;
}

/** Edits one probe: the handler by type, then timing with the Kubernetes defaults shown. */
export function ProbeEditor(props: {
  path: string;
  kind: ProbeKind;
  value: ProbeDraft;
  onChange: (value: ProbeDraft) => void;
}) {
  const { path, kind, value, onChange } = props;
  const timing = (
    key:
      | 'initialDelaySeconds'
      | 'periodSeconds'
      | 'timeoutSeconds'
      | 'successThreshold'
      | 'failureThreshold',
    label: string,
    kubernetesDefault: string,
  ) => (
    <NumberInput
      path={`${path}.${key}`}
      label={label}
      value={value[key] as number | undefined}
      placeholder={kubernetesDefault}
      helperText={`Default ${kubernetesDefault}`}
      onChange={v => onChange({ ...value, [key]: v })}
    />
  );

  return (
    <Box>
      <Row>
        <SelectInput
          path={`${path}.type`}
          label="Check by"
          value={value.type}
          options={TYPES}
          onChange={type => type && onChange(switchType(value, type))}
          helperText={TYPE_LABELS[value.type as keyof typeof TYPE_LABELS]}
        />
        {value.type === 'httpGet' && (
          <TextInput
            path={`${path}.httpGet.path`}
            label="Path"
            value={value.httpGet?.path}
            onChange={p =>
              onChange({ ...value, httpGet: { ...value.httpGet!, path: p } })
            }
            helperText="Default /"
          />
        )}
        {value.type === 'httpGet' && (
          <PortRefInput
            path={`${path}.httpGet.port`}
            label="Port"
            required
            value={value.httpGet?.port}
            onChange={port =>
              onChange({ ...value, httpGet: { ...value.httpGet!, port } })
            }
            helperText="Number or container port name"
          />
        )}
        {value.type === 'httpGet' && (
          <SelectInput
            path={`${path}.httpGet.scheme`}
            label="Scheme"
            value={value.httpGet?.scheme}
            options={['HTTP', 'HTTPS'] as const}
            unsetLabel="HTTP (default)"
            onChange={scheme =>
              onChange({ ...value, httpGet: { ...value.httpGet!, scheme } })
            }
          />
        )}
        {value.type === 'tcpSocket' && (
          <PortRefInput
            path={`${path}.tcpSocket.port`}
            label="Port"
            required
            value={value.tcpSocket?.port}
            onChange={port => onChange({ ...value, tcpSocket: { port } })}
            helperText="Number or container port name"
          />
        )}
        {value.type === 'exec' && (
          <StringListInput
            path={`${path}.exec.command`}
            label="Command"
            value={value.exec?.command}
            onChange={command =>
              onChange({ ...value, exec: { command: command ?? [] } })
            }
            helperText="One argument per line; exit code 0 means healthy"
          />
        )}
      </Row>
      {TYPES.filter(type => type !== value.type).map(type => (
        <StrayHandlerError key={type} path={`${path}.${type}`} />
      ))}
      {value.type === 'httpGet' && (
        <HttpHeadersEditor
          path={`${path}.httpGet.httpHeaders`}
          value={value.httpGet?.httpHeaders}
          onChange={httpHeaders =>
            onChange({ ...value, httpGet: { ...value.httpGet!, httpHeaders } })
          }
        />
      )}
      <Row>
        {timing('initialDelaySeconds', 'Initial delay (s)', '0')}
        {timing('periodSeconds', 'Period (s)', '10')}
        {timing('timeoutSeconds', 'Timeout (s)', '1')}
        {timing('successThreshold', 'Success threshold', '1')}
        {timing('failureThreshold', 'Failure threshold', '3')}
      </Row>
      {kind !== 'readiness' && (
        <Box color="text.secondary" fontSize="0.8rem">
          Success threshold must be 1 for {kind} probes.
        </Box>
      )}
    </Box>
  );
}
