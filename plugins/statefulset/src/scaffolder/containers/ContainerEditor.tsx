import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { EnvEditor } from '../env/EnvEditor';
import { ImageEditor } from '../image/ImageEditor';
import { CheckboxInput } from '../inputs/CheckboxInput';
import { Row } from '../inputs/Row';
import { StringListInput } from '../inputs/StringListInput';
import { TextInput } from '../inputs/TextInput';
import { LifecycleEditor } from '../lifecycle/LifecycleEditor';
import { LogsEditor } from '../logs/LogsEditor';
import { VolumeMountsEditor } from '../mounts/VolumeMountsEditor';
import { PortsEditor } from '../ports/PortsEditor';
import { ProbesEditor } from '../probes/ProbesEditor';
import { ResourcesEditor } from '../resources/ResourcesEditor';

/** A container as the form stores it while the user types. */
export type ContainerDraft = Record<string, any>;

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Box mt={2}>
      <Divider />
      <Typography variant="subtitle1" style={{ marginTop: 8 }}>
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

/**
 * Edits one container. Init containers get no probes and no lifecycle hooks,
 * because Kubernetes rejects them there.
 */
export function ContainerEditor(props: {
  path: string;
  value: ContainerDraft;
  init: boolean;
  volumeNames: string[];
  onChange: (value: ContainerDraft) => void;
}) {
  const { path, value, init, volumeNames, onChange } = props;
  const set = (key: string, next: unknown) => {
    const updated: ContainerDraft = { ...value, [key]: next };
    if (next === undefined) delete updated[key];
    onChange(updated);
  };

  return (
    <Box>
      <Row>
        <TextInput
          path={`${path}.name`}
          label="Container name"
          required
          value={value.name}
          onChange={name => set('name', name ?? '')}
          helperText="Lowercase letters, digits and -, for example web"
        />
      </Row>
      {/* NOTE: the image stays inside the containers field. Scaffolder-react
          3.0 (createAsyncValidators) calls the validator of a `ui:field` on
          an array item's property with the whole array, so a standalone
          image field could not check one container's image. */}
      <ImageEditor
        path={`${path}.image`}
        value={value.image}
        onChange={image => set('image', image)}
      />
      <Row>
        <StringListInput
          path={`${path}.command`}
          label="Command"
          value={value.command}
          onChange={command => set('command', command)}
          helperText="Replaces the image's entrypoint; one argument per line"
        />
        <StringListInput
          path={`${path}.args`}
          label="Arguments"
          value={value.args}
          onChange={args => set('args', args)}
          helperText="One argument per line"
        />
      </Row>
      <Row>
        <CheckboxInput
          path={`${path}.stdin`}
          label="Keep stdin open"
          value={value.stdin}
          onChange={v => set('stdin', v)}
        />
        <CheckboxInput
          path={`${path}.tty`}
          label="Allocate a TTY"
          value={value.tty}
          onChange={v => set('tty', v)}
        />
        <CheckboxInput
          path={`${path}.privileged`}
          label="Privileged"
          value={value.privileged}
          onChange={v => set('privileged', v)}
        />
      </Row>

      <Section title="Resources">
        <ResourcesEditor
          path={`${path}.resources`}
          value={value.resources}
          onChange={r => set('resources', r)}
        />
      </Section>

      <Section title="Ports and environment">
        <PortsEditor
          path={`${path}.ports`}
          value={value.ports}
          onChange={p => set('ports', p)}
        />
        <EnvEditor
          path={`${path}.env`}
          value={value.env as any}
          onChange={e => set('env', e)}
        />
      </Section>

      {!init && (
        <Section title="Health checks">
          <ProbesEditor
            path={`${path}.probes`}
            value={value.probes}
            onChange={p => set('probes', p)}
          />
        </Section>
      )}
      {!init && (
        <Section title="Lifecycle hooks">
          <LifecycleEditor
            path={`${path}.lifecycle`}
            value={value.lifecycle}
            onChange={l => set('lifecycle', l)}
          />
        </Section>
      )}

      <Section title="Storage">
        <VolumeMountsEditor
          path={`${path}.volumeMounts`}
          value={value.volumeMounts}
          volumeNames={volumeNames}
          onChange={m => set('volumeMounts', m)}
        />
      </Section>

      <Section title="Logs">
        <LogsEditor
          path={`${path}.logs`}
          value={value.logs}
          onChange={l => set('logs', l)}
        />
      </Section>
    </Box>
  );
}
