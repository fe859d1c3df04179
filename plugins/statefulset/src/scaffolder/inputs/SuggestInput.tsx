import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useFieldError } from '../ErrorScope';

/** Renders a text box with suggestions. Any text may be typed, so a suggestion is never required. */
export function SuggestInput(props: {
  path: string;
  label: string;
  value: string | undefined;
  suggestions: string[];
  onChange: (value: string | undefined) => void;
  helperText?: string;
  required?: boolean;
}) {
  const { path, label, value, suggestions, onChange, helperText, required } =
    props;
  const { error, onBlur } = useFieldError(path);

  return (
    <Autocomplete
      freeSolo
      options={suggestions}
      value={value ?? null}
      inputValue={value ?? ''}
      onChange={(_event, picked) => onChange(picked ?? undefined)}
      onInputChange={(_event, text, reason) => {
        // A 'reset' only mirrors `value` into the box, so it changes nothing.
        if (reason !== 'reset') {
          onChange(text === '' ? undefined : text);
        }
      }}
      renderInput={params => (
        <TextField
          {...params}
          id={path}
          label={label}
          required={required}
          error={Boolean(error)}
          helperText={error ?? helperText}
          onBlur={onBlur}
          margin="dense"
          variant="outlined"
          inputProps={{ ...params.inputProps, 'data-path': path }}
        />
      )}
    />
  );
}
