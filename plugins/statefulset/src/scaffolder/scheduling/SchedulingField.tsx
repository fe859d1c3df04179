import { useEffect } from 'react';
import Typography from '@material-ui/core/Typography';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';
import { NodeAffinityEditor } from './NodeAffinityEditor';
import { pruneScheduling } from './pruneScheduling';
import { PodAffinityEditor } from './PodAffinityEditor';
import { TolerationsEditor } from './TolerationsEditor';

type Part = 'nodeAffinity' | 'podAffinity' | 'podAntiAffinity' | 'tolerations';
type Draft = { [K in Part]?: any };

/** Field for `scheduling`: node affinity, pod affinity and anti-affinity, tolerations. */
export function SchedulingField(props: ModelFieldProps<Draft | undefined>) {
  const key = fieldKey(props, 'scheduling');
  const value = props.formData ?? {};

  // Replace defaults that the form filled in from the schema, such as empty
  // term lists, once, so only what the user adds reaches the values.
  useEffect(() => {
    const pruned = pruneScheduling(props.formData);
    if (JSON.stringify(pruned) !== JSON.stringify(props.formData)) {
      props.onChange(pruned);
    }
    // Runs on mount only; later changes come from this field's own editors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const set = (part: Part, next: unknown) => {
    const updated: Draft = { ...value, [part]: next };
    if (next === undefined) delete updated[part];
    props.onChange(Object.keys(updated).length > 0 ? updated : undefined);
  };

  return (
    <ModelField field={props} defaultKey="scheduling">
      <Typography variant="subtitle1">Node affinity</Typography>
      <NodeAffinityEditor
        path={`${key}.nodeAffinity`}
        value={value.nodeAffinity}
        onChange={v => set('nodeAffinity', v)}
      />
      <Typography variant="subtitle1">Pod affinity</Typography>
      <PodAffinityEditor
        path={`${key}.podAffinity`}
        title="Run near pods"
        value={value.podAffinity}
        onChange={v => set('podAffinity', v)}
      />
      <Typography variant="subtitle1">Pod anti-affinity</Typography>
      <PodAffinityEditor
        path={`${key}.podAntiAffinity`}
        title="Keep away from pods"
        value={value.podAntiAffinity}
        onChange={v => set('podAntiAffinity', v)}
      />
      <TolerationsEditor
        path={`${key}.tolerations`}
        value={value.tolerations}
        onChange={v => set('tolerations', v)}
      />
    </ModelField>
  );
}
