import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';

/** The on/off switch of an optional object such as the Service or the Ingress. */
export function EnabledSwitch(props: {
  path: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <FormControlLabel
      label={props.label}
      control={
        <Switch
          checked={props.checked}
          onChange={e => props.onChange(e.target.checked)}
          inputProps={{ 'data-path': props.path } as object}
        />
      }
    />
  );
}
