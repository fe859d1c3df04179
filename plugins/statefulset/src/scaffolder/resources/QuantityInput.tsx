import { useState } from 'react';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useFieldError } from '../ErrorScope';
import { joinQuantity, splitQuantity } from './quantityParts';

/** Option value of the empty suffix, because MUI shows an empty value as no selection. */
const NO_SUFFIX = 'none';

/** An amount box with a unit picker, bound to one quantity of the model. */
export function QuantityInput(props: {
  path: string;
  label: string;
  value: string | undefined;
  units: readonly string[];
  unitLabels?: Record<string, string>;
  onChange: (value: string | undefined) => void;
  helperText?: string;
}) {
  const { path, label, value, units, unitLabels, onChange, helperText } = props;
  const { error, onBlur } = useFieldError(path);
  const parsed = splitQuantity(value, units);
  // The picked unit is kept while the amount is empty, so it is not reset.
  const [unit, setUnit] = useState(parsed.unit);
  const shownUnit = value ? parsed.unit : unit;

  return (
    <Box display="flex" style={{ gap: 4 }}>
      <TextField
        id={path}
        label={label}
        value={parsed.amount}
        error={Boolean(error)}
        helperText={error ?? helperText}
        onBlur={onBlur}
        onChange={e =>
          onChange(joinQuantity({ amount: e.target.value, unit: shownUnit }))
        }
        margin="dense"
        variant="outlined"
        fullWidth
        inputProps={{ 'data-path': path }}
      />
      <TextField
        select
        label="Unit"
        value={shownUnit === '' ? NO_SUFFIX : shownUnit}
        onChange={e => {
          const picked = e.target.value === NO_SUFFIX ? '' : e.target.value;
          setUnit(picked);
          onChange(joinQuantity({ amount: parsed.amount, unit: picked }));
        }}
        margin="dense"
        variant="outlined"
        style={{ minWidth: 96 }}
        SelectProps={{
          SelectDisplayProps: { 'data-path': `${path}:unit` } as object,
        }}
      >
        {units.map(u => (
          <MenuItem key={u} value={u === '' ? NO_SUFFIX : u}>
            {unitLabels?.[u] ?? (u || 'none')}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
