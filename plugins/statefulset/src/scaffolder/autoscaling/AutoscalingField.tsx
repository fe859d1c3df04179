import Typography from '@material-ui/core/Typography';
import { EnabledSwitch } from '../inputs/EnabledSwitch';
import { NumberInput } from '../inputs/NumberInput';
import { Row } from '../inputs/Row';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';

import type { AutoscalingDraft as Draft } from '../drafts';

/** Field for `autoscaling`: a HorizontalPodAutoscaler that targets the StatefulSet. */
export function AutoscalingField(props: ModelFieldProps<Draft | undefined>) {
  const key = fieldKey(props, 'autoscaling');
  const value: Draft = props.formData ?? { enabled: false };
  const set = (field: keyof Draft, next: unknown) =>
    props.onChange({ ...value, [field]: next });

  return (
    <ModelField field={props} defaultKey="autoscaling">
      <EnabledSwitch
        path={`${key}.enabled`}
        label="Scale automatically"
        checked={value.enabled}
        onChange={enabled =>
          props.onChange(
            enabled
              ? { minReplicas: 1, cpuUtilization: 80, ...value, enabled }
              : { enabled: false },
          )
        }
      />
      {value.enabled && (
        <>
          <Typography variant="body2" color="textSecondary">
            The autoscaler owns the replica count, so the replicas value is left
            out of the StatefulSet. Utilization is a percentage of the
            containers' requests, so set requests for the measured resource.
          </Typography>
          <Row>
            <NumberInput
              path={`${key}.minReplicas`}
              label="Minimum replicas"
              value={value.minReplicas}
              onChange={v => set('minReplicas', v)}
              helperText="Default 1"
            />
            <NumberInput
              path={`${key}.maxReplicas`}
              label="Maximum replicas"
              required
              value={value.maxReplicas}
              onChange={v => set('maxReplicas', v)}
            />
            <NumberInput
              path={`${key}.cpuUtilization`}
              label="Target CPU (%)"
              value={value.cpuUtilization}
              onChange={v => set('cpuUtilization', v)}
            />
            <NumberInput
              path={`${key}.memoryUtilization`}
              label="Target memory (%)"
              value={value.memoryUtilization}
              onChange={v => set('memoryUtilization', v)}
            />
          </Row>
        </>
      )}
    </ModelField>
  );
}
