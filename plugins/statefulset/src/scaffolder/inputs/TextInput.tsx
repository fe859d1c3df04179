import TextField from '@material-ui/core/TextField';
import { useFieldError } from '../ErrorScope';

/**
 * A text box bound to one path of the parameter model. It shows the model's
 * message for that path in place of the helper text. An emptied box reports
 * `undefined`, so optional keys disappear from the values.
 */
export function TextInput(props: {
  path: string;
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  helperText?: string;
  placeholder?: string;
  required?: boolean;
  multiline?: boolean;
  autoFocus?: boolean;
}) {
  const { path, label, value, onChange, helperText, placeholder, required } =
    props;
  const { error, onBlur } = useFieldError(path);

  return (
    <TextField
      id={path}
      label={label}
      value={value ?? ''}
      placeholder={placeholder}
      required={required}
      multiline={props.multiline}
      autoFocus={props.autoFocus}
      error={Boolean(error)}
      helperText={error ?? helperText}
      onBlur={onBlur}
      onChange={event =>
        onChange(event.target.value === '' ? undefined : event.target.value)
      }
      margin="dense"
      variant="outlined"
      fullWidth
      inputProps={{ 'data-path': path }}
    />
  );
}
