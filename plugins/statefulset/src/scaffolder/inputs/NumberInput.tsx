import TextField from '@material-ui/core/TextField';
import { useFieldError } from '../ErrorScope';

/**
 * A number box bound to one path of the parameter model. Text that is not a
 * number is passed on unchanged, so the model rejects it with its own message
 * instead of the form silently dropping it.
 */
export function NumberInput(props: {
  path: string;
  label: string;
  value: number | string | undefined;
  onChange: (value: number | string | undefined) => void;
  helperText?: string;
  placeholder?: string;
  required?: boolean;
}) {
  const { path, label, value, onChange, helperText, placeholder, required } =
    props;
  const { error, onBlur } = useFieldError(path);

  const handleChange = (text: string) => {
    if (text.trim() === '') {
      onChange(undefined);
      return;
    }
    const parsed = Number(text);
    onChange(Number.isFinite(parsed) ? parsed : text);
  };

  return (
    <TextField
      id={path}
      label={label}
      value={value ?? ''}
      placeholder={placeholder}
      required={required}
      error={Boolean(error)}
      helperText={error ?? helperText}
      onBlur={onBlur}
      onChange={event => handleChange(event.target.value)}
      margin="dense"
      variant="outlined"
      fullWidth
      inputProps={{ 'data-path': path, inputMode: 'numeric' }}
    />
  );
}
