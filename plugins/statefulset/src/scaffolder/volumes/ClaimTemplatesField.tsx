import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import type { JsonObject } from '@backstage/types';
import { ACCESS_MODES } from '@internal/backstage-plugin-statefulset-common';
import type { AccessMode, ClaimTemplateDraft } from '../drafts';
import { useFieldError } from '../ErrorScope';
import { ListSection } from '../inputs/ListSection';
import { Row } from '../inputs/Row';
import { TextInput } from '../inputs/TextInput';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';
import { QuantityInput } from '../resources/QuantityInput';
import { STORAGE_UNITS } from '../resources/quantityParts';
import { MountedAt } from './MountedAt';

type Draft = ClaimTemplateDraft;

function AccessModesInput(props: {
  path: string;
  value: AccessMode[] | undefined;
  onChange: (v: AccessMode[]) => void;
}) {
  const { path, onChange } = props;
  const value = props.value ?? [];
  const { error } = useFieldError(path);
  return (
    <div>
      {ACCESS_MODES.map(mode => (
        <FormControlLabel
          key={mode}
          label={mode}
          control={
            <Checkbox
              checked={value.includes(mode)}
              onChange={e =>
                onChange(
                  e.target.checked
                    ? [...value, mode]
                    : value.filter(m => m !== mode),
                )
              }
              inputProps={{ 'data-path': `${path}:${mode}` } as object}
            />
          }
        />
      ))}
      {error && <FormHelperText error>{error}</FormHelperText>}
    </div>
  );
}

/** Field for `volumeClaimTemplates`: one persistent volume claim per pod ordinal. */
export function ClaimTemplatesField(
  props: ModelFieldProps<Draft[] | undefined>,
) {
  const key = fieldKey(props, 'volumeClaimTemplates');
  const formData = (props.formContext as { formData?: JsonObject } | undefined)
    ?.formData;

  return (
    <ModelField field={props} defaultKey="volumeClaimTemplates">
      <ListSection<Draft>
        title="Claim templates"
        addLabel="Add claim template"
        description="Each pod gets its own claim, named <template>-<statefulset>-<ordinal>, which outlives the pod."
        items={props.formData}
        onChange={value => props.onChange(value)}
        createItem={() => ({
          name: '',
          storage: '',
          accessModes: ['ReadWriteOnce'],
        })}
        renderItem={(claim, index, update) => (
          <>
            <Row>
              <TextInput
                path={`${key}[${index}].name`}
                label="Name"
                required
                value={claim.name}
                onChange={name => update({ ...claim, name: name ?? '' })}
                helperText="Volume name to mount, for example data"
              />
              <QuantityInput
                path={`${key}[${index}].storage`}
                label="Size"
                value={claim.storage}
                units={STORAGE_UNITS}
                onChange={storage =>
                  update({ ...claim, storage: storage ?? '' })
                }
              />
              <TextInput
                path={`${key}[${index}].storageClassName`}
                label="Storage class"
                value={claim.storageClassName}
                onChange={storageClassName =>
                  update({ ...claim, storageClassName })
                }
                helperText="Empty: the cluster default"
              />
            </Row>
            <AccessModesInput
              path={`${key}[${index}].accessModes`}
              value={claim.accessModes}
              onChange={accessModes => update({ ...claim, accessModes })}
            />
            <MountedAt formData={formData} name={claim.name} />
          </>
        )}
      />
    </ModelField>
  );
}
