import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type {
  ResourceListDraft as ResourceList,
  ResourcesDraft as ContainerResources,
} from '../drafts';
import { Row } from '../inputs/Row';
import { QuantityInput } from './QuantityInput';
import { BYTE_UNITS, CPU_UNITS } from './quantityParts';

const CPU_UNIT_LABELS = { '': 'cores', m: 'm (millicores)' };

function withoutEmpty<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

function ResourceListEditor(props: {
  path: string;
  title: string;
  value: ResourceList | undefined;
  onChange: (value: ResourceList | undefined) => void;
}) {
  const { path, title, onChange } = props;
  const value = props.value ?? {};
  const set = (key: keyof ResourceList, quantity: string | undefined) =>
    onChange(withoutEmpty({ ...value, [key]: quantity }));

  return (
    <Box mt={1}>
      <Typography variant="body2">{title}</Typography>
      <Row>
        <QuantityInput
          path={`${path}.cpu`}
          label="CPU"
          value={value.cpu}
          units={CPU_UNITS}
          unitLabels={CPU_UNIT_LABELS}
          onChange={q => set('cpu', q)}
        />
        <QuantityInput
          path={`${path}.memory`}
          label="Memory"
          value={value.memory}
          units={BYTE_UNITS}
          onChange={q => set('memory', q)}
        />
        <QuantityInput
          path={`${path}.ephemeralStorage`}
          label="Ephemeral storage"
          value={value.ephemeralStorage}
          units={BYTE_UNITS}
          onChange={q => set('ephemeralStorage', q)}
        />
      </Row>
    </Box>
  );
}

/**
 * Edits requests and limits. The model rejects a request above its limit
 * and shows the message at the request.
 */
export function ResourcesEditor(props: {
  path: string;
  value: ContainerResources | undefined;
  onChange: (value: ContainerResources | undefined) => void;
}) {
  const { path, onChange } = props;
  const value = props.value ?? {};

  return (
    <Box>
      <ResourceListEditor
        path={`${path}.requests`}
        title="Requests (reserved for scheduling)"
        value={value.requests}
        onChange={requests => onChange(withoutEmpty({ ...value, requests }))}
      />
      <ResourceListEditor
        path={`${path}.limits`}
        title="Limits (maximum the container may use)"
        value={value.limits}
        onChange={limits => onChange(withoutEmpty({ ...value, limits }))}
      />
    </Box>
  );
}
