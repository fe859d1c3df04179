import Typography from '@material-ui/core/Typography';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';
import { NodeAffinityEditor } from './NodeAffinityEditor';
import { PodAffinityEditor } from './PodAffinityEditor';
import { TolerationsEditor } from './TolerationsEditor';

type Part = 'nodeAffinity' | 'podAffinity' | 'podAntiAffinity' | 'tolerations';
type Draft = { [K in Part]?: any };

/** Field for `scheduling`: node affinity, pod affinity and anti-affinity, tolerations. */
export function SchedulingField(props: ModelFieldProps<Draft | undefined>) {
  const key = fieldKey(props, 'scheduling');
  const value = props.formData ?? {};
  const set = (part: Part, next: unknown) => {
    const updated: Draft = { ...value, [part]: next };
    if (next === undefined) delete updated[part];
    props.onChange(Object.keys(updated).length > 0 ? updated : undefined);
  };

  return (
    <ModelField field={props} defaultKey="scheduling">
      <Typography variant="subtitle1">Node affinity</Typography>
      <NodeAffinityEditor path={`${key}.nodeAffinity`} value={value.nodeAffinity} onChange={v => set('nodeAffinity', v)} />
      <Typography variant="subtitle1">Pod affinity</Typography>
      <PodAffinityEditor path={`${key}.podAffinity`} title="Run near pods" value={value.podAffinity} onChange={v => set('podAffinity', v)} />
      <Typography variant="subtitle1">Pod anti-affinity</Typography>
      <PodAffinityEditor path={`${key}.podAntiAffinity`} title="Keep away from pods" value={value.podAntiAffinity} onChange={v => set('podAntiAffinity', v)} />
      <TolerationsEditor path={`${key}.tolerations`} value={value.tolerations} onChange={v => set('tolerations', v)} />
    </ModelField>
  );
}
