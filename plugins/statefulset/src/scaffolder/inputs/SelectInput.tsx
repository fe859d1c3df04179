import TextField from '@material-ui/core/TextField';
import MenuItem from '@material-ui/core/MenuItem';
import { useFieldError } from '../ErrorScope';

/** The option that leaves an optional key out of the values. */
const UNSET = '';

/**
 * A drop-down bound to one path of the parameter model. With `unsetLabel` it
 * offers an extra first option that reports `undefined`, for optional keys
 * whose absence means the Kubernetes default.
 */
export function SelectInput<T extends string>(props: {
  path: string;
  label: string;
  value: T | undefined;
  options: readonly T[];
  onChange: (value: T | undefined) => void;
  unsetLabel?: string;
  helperText?: string;
}) {
  const { path, label, value, options, onChange, unsetLabel, helperText } =
    props;
  const { error, onBlur } = useFieldError(path);

  return (
    <TextField
      id={path}
      select
      label={label}
      value={value ?? UNSET}
      error={Boolean(error)}
      helperText={error ?? helperText}
      onBlur={onBlur}
      onChange={event =>
        onChange(
          event.target.value === UNSET ? undefined : (event.target.value as T),
        )
      }
      margin="dense"
      variant="outlined"
      fullWidth
      SelectProps={{ SelectDisplayProps: { 'data-path': path } as object }}
    >
      {unsetLabel !== undefined && (
        <MenuItem value={UNSET}>{unsetLabel}</MenuItem>
      )}
      {options.map(option => (
        <MenuItem key={option} value={option}>
          {option}
        </MenuItem>
      ))}
    </TextField>
  );
}
