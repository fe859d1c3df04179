import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';

/**
 * A checkbox of an optional flag. An untouched box leaves the key out of the
 * values, and a box that the user cleared reports `false`, so a values file
 * with an explicit `false` can be entered too.
 */
export function CheckboxInput(props: {
  path: string;
  label: string;
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
}) {
  const { path, label, value, onChange } = props;
  return (
    <FormControlLabel
      label={label}
      control={
        <Checkbox
          checked={value ?? false}
          onChange={event => onChange(event.target.checked)}
          inputProps={{ 'data-path': path } as object}
        />
      }
    />
  );
}
