import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';

/** A checkbox that reports `undefined` when cleared, so false stays the default. */
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
          onChange={event => onChange(event.target.checked ? true : undefined)}
          inputProps={{ 'data-path': path } as object}
        />
      }
    />
  );
}
