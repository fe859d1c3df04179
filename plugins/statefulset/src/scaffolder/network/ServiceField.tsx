import { EnabledSwitch } from '../inputs/EnabledSwitch';
import { ListSection } from '../inputs/ListSection';
import { NumberInput } from '../inputs/NumberInput';
import { PortRefInput } from '../inputs/PortRefInput';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { TextInput } from '../inputs/TextInput';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';

import type {
  ServiceDraft as Draft,
  ServicePortDraft as PortDraft,
} from '../drafts';

const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const;

/**
 * Field for `service`: the access Service in front of the pods. The headless
 * Service that governs the StatefulSet is always generated and needs no input.
 */
export function ServiceField(props: ModelFieldProps<Draft | undefined>) {
  const key = fieldKey(props, 'service');
  const value: Draft = props.formData ?? { enabled: false };
  const set = (next: Draft) => props.onChange(next);
  const exposesNodePort =
    value.type === 'NodePort' || value.type === 'LoadBalancer';

  return (
    <ModelField field={props} defaultKey="service">
      <EnabledSwitch
        path={`${key}.enabled`}
        label="Create an access Service"
        checked={value.enabled}
        onChange={enabled =>
          set(
            enabled
              ? { type: 'ClusterIP', ports: [], ...value, enabled }
              : { enabled: false },
          )
        }
      />
      {value.enabled && (
        <>
          <SelectInput
            path={`${key}.type`}
            label="Service type"
            value={value.type}
            options={TYPES}
            onChange={type => set({ ...value, type })}
            helperText="ClusterIP: inside the cluster; NodePort and LoadBalancer: from outside"
          />
          <ListSection<PortDraft>
            title="Service ports"
            addLabel="Add Service port"
            items={value.ports}
            onChange={ports => set({ ...value, ports: ports ?? [] })}
            createItem={() => ({})}
            renderItem={(port, index, update) => (
              <Row>
                <TextInput
                  path={`${key}.ports[${index}].name`}
                  label="Name"
                  value={port.name}
                  onChange={name => update({ ...port, name })}
                />
                <NumberInput
                  path={`${key}.ports[${index}].port`}
                  label="Port"
                  required
                  value={port.port}
                  onChange={p => update({ ...port, port: p as number })}
                />
                <PortRefInput
                  path={`${key}.ports[${index}].targetPort`}
                  label="Target port"
                  value={port.targetPort}
                  onChange={targetPort => update({ ...port, targetPort })}
                  helperText="Container port number or name; default: the port"
                />
                <SelectInput
                  path={`${key}.ports[${index}].protocol`}
                  label="Protocol"
                  value={port.protocol}
                  options={['TCP', 'UDP', 'SCTP'] as const}
                  unsetLabel="TCP (default)"
                  onChange={protocol => update({ ...port, protocol })}
                />
                {exposesNodePort && (
                  <NumberInput
                    path={`${key}.ports[${index}].nodePort`}
                    label="Node port"
                    value={port.nodePort}
                    onChange={nodePort =>
                      update({ ...port, nodePort: nodePort as number })
                    }
                    helperText="30000-32767; empty: assigned"
                  />
                )}
              </Row>
            )}
          />
        </>
      )}
    </ModelField>
  );
}
