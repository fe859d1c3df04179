import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import type { JsonObject } from '@backstage/types';
import { CheckboxInput } from '../inputs/CheckboxInput';
import { Row } from '../inputs/Row';
import { TextInput } from '../inputs/TextInput';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';
import {
  addMount,
  MountingContainer,
  mountsOfVolume,
  removeMount,
  updateMount,
} from './mountEdits';

type NamedVolume = { name: string; kind: 'Claim template' | 'Volume' };

function namedVolumesOf(formData: JsonObject | undefined): NamedVolume[] {
  const names = (list: unknown) =>
    (Array.isArray(list) ? list : [])
      .map(item => (item as { name?: unknown })?.name)
      .filter(
        (name): name is string => typeof name === 'string' && name !== '',
      );
  return [
    ...names(formData?.volumeClaimTemplates).map(name => ({
      name,
      kind: 'Claim template' as const,
    })),
    ...names(formData?.volumes).map(name => ({
      name,
      kind: 'Volume' as const,
    })),
  ];
}

/**
 * Field for the volume mounts of `containers`, or of `initContainers` with
 * `ui:options.key`, on the storage page. Each claim template and volume
 * lists the containers that mount it, with mount path, sub-path and
 * read-only flag. Only the containers' `volumeMounts` change here.
 */
export function VolumeMountsField(
  props: ModelFieldProps<MountingContainer[] | undefined>,
) {
  const key = fieldKey(props, 'containers');
  const formData = (props.formContext as { formData?: JsonObject } | undefined)
    ?.formData;
  const containers = props.formData ?? [];
  const volumes = namedVolumesOf(formData);

  if (containers.length === 0) {
    return null;
  }

  return (
    <ModelField field={props} defaultKey="containers">
      {volumes.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          Add a claim template or a volume above to mount it.
        </Typography>
      )}
      {volumes.map(volume => (
        <Box
          key={`${volume.kind}:${volume.name}`}
          border={1}
          borderColor="divider"
          borderRadius={4}
          p={1}
          mt={1}
        >
          <Typography variant="subtitle2">
            {volume.kind} {volume.name}
          </Typography>
          {mountsOfVolume(containers, volume.name).map(
            ({ containerIndex, mountIndex, containerName, mount }) => {
              const path = `${key}[${containerIndex}].volumeMounts[${mountIndex}]`;
              const update = (next: typeof mount) =>
                props.onChange(
                  updateMount(containers, containerIndex, mountIndex, next),
                );
              return (
                <Box key={path} display="flex" alignItems="flex-start">
                  <Box flexGrow={1}>
                    <Row>
                      <Typography
                        variant="body2"
                        style={{ minWidth: 120, paddingTop: 20 }}
                      >
                        {containerName || `container ${containerIndex + 1}`}
                      </Typography>
                      <TextInput
                        path={`${path}.mountPath`}
                        label="Mount path"
                        required
                        value={mount.mountPath}
                        onChange={mountPath =>
                          update({ ...mount, mountPath: mountPath ?? '' })
                        }
                        helperText="Absolute, for example /var/lib/data"
                      />
                      <TextInput
                        path={`${path}.subPath`}
                        label="Sub-path"
                        value={mount.subPath}
                        onChange={subPath => update({ ...mount, subPath })}
                      />
                      <CheckboxInput
                        path={`${path}.readOnly`}
                        label="Read-only"
                        value={mount.readOnly}
                        onChange={readOnly => update({ ...mount, readOnly })}
                      />
                    </Row>
                  </Box>
                  <IconButton
                    aria-label={`Remove mount of ${volume.name} in ${
                      containerName || `container ${containerIndex + 1}`
                    }`}
                    onClick={() =>
                      props.onChange(
                        removeMount(containers, containerIndex, mountIndex),
                      )
                    }
                  >
                    <DeleteIcon />
                  </IconButton>
                </Box>
              );
            },
          )}
          {containers.map((container, containerIndex) => {
            const containerName =
              container.name || `container ${containerIndex + 1}`;
            return (
              <Button
                key={containerIndex}
                size="small"
                startIcon={<AddIcon />}
                aria-label={`Mount ${volume.name} in ${containerName}`}
                onClick={() =>
                  props.onChange(
                    addMount(containers, containerIndex, volume.name),
                  )
                }
              >
                Mount in {containerName}
              </Button>
            );
          })}
        </Box>
      ))}
    </ModelField>
  );
}
