import type { ContainerPortDraft } from '../drafts';
import { ListSection } from '../inputs/ListSection';
import { NumberInput } from '../inputs/NumberInput';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { TextInput } from '../inputs/TextInput';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;

/** Edits the ports that a container listens on. */
export function PortsEditor(props: {
  path: string;
  value: ContainerPortDraft[] | undefined;
  onChange: (value: ContainerPortDraft[] | undefined) => void;
}) {
  const { path, value, onChange } = props;
  return (
    <ListSection
      title="Ports"
      addLabel="Add port"
      items={value}
      onChange={onChange}
      createItem={(): ContainerPortDraft => ({})}
      renderItem={(port, index, update) => (
        <Row>
          <TextInput
            path={`${path}[${index}].name`}
            label="Name"
            value={port.name}
            onChange={name => update({ ...port, name })}
            helperText="Up to 15 characters, for example http"
          />
          <NumberInput
            path={`${path}[${index}].containerPort`}
            label="Container port"
            required
            value={port.containerPort}
            onChange={containerPort =>
              update({ ...port, containerPort: containerPort as number })
            }
            helperText="1-65535"
          />
          <SelectInput
            path={`${path}[${index}].protocol`}
            label="Protocol"
            value={port.protocol}
            options={PROTOCOLS}
            unsetLabel="TCP (default)"
            onChange={protocol => update({ ...port, protocol })}
          />
        </Row>
      )}
    />
  );
}
