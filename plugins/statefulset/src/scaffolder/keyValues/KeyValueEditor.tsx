import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import { formatPath } from '@internal/backstage-plugin-statefulset-common';
import { useModelErrors } from '../ErrorScope';

type Row = { key: string; value: string };

/** Per-row checks; each returns the rule's message or `undefined`. */
export type KeyValueRules = {
  key?: (key: string) => string | undefined;
  value?: (value: string) => string | undefined;
};

/** Path of one map entry as the model spells it, e.g. `labels["app.kubernetes.io/name"]`. */
function entryPath(mapPath: string, key: string): string {
  const segment = formatPath([key]);
  return segment.startsWith('[')
    ? `${mapPath}${segment}`
    : `${mapPath}.${segment}`;
}

function toRows(map: Record<string, string> | undefined): Row[] {
  return Object.entries(map ?? {}).map(([key, value]) => ({ key, value }));
}

function toMap(rows: Row[]): Record<string, string> | undefined {
  const filled = rows.filter(row => row.key !== '');
  return filled.length > 0
    ? Object.fromEntries(filled.map(row => [row.key, row.value]))
    : undefined;
}

function duplicateMessage(key: string): string {
  return `key "${key}" is set twice, keep one row per key`;
}

/**
 * Edits a string map as rows of key and value. Rows stay local while typing,
 * so an empty or repeated key does not lose the row. The emitted map contains
 * the rows with a key, and a repeated key keeps its last value.
 */
export function KeyValueEditor(props: {
  path: string;
  value: Record<string, string> | undefined;
  onChange: (value: Record<string, string> | undefined) => void;
  rules?: KeyValueRules;
  keyLabel?: string;
  valueLabel?: string;
  addLabel?: string;
}) {
  const { path, value, onChange, rules } = props;
  const [rows, setRows] = useState<Row[]>(() => toRows(value));
  const modelErrors = useModelErrors();

  // Take over values that the form replaced from outside, such as a reset.
  useEffect(() => {
    const current = toMap(rows);
    if (JSON.stringify(current ?? {}) !== JSON.stringify(value ?? {})) {
      setRows(toRows(value));
    }
    // Only outside changes matter here; typed rows are already in `rows`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const update = (next: Row[]) => {
    setRows(next);
    onChange(toMap(next));
  };

  const keyError = (row: Row, index: number) => {
    if (row.key === '') {
      return row.value === ''
        ? undefined
        : 'key is missing, for example app.kubernetes.io/part-of';
    }
    if (rows.findIndex(other => other.key === row.key) !== index) {
      return duplicateMessage(row.key);
    }
    const ruleError = rules?.key?.(row.key);
    if (ruleError || rules?.value?.(row.value)) {
      return ruleError;
    }
    // The model's error at this entry's path is about the key here, because
    // the value passed its own rule.
    return modelErrors.get(entryPath(path, row.key));
  };

  return (
    <Box>
      {rows.map((row, index) => {
        const rowKeyError = keyError(row, index);
        const rowValueError =
          row.key === '' ? undefined : rules?.value?.(row.value);
        return (
          <Box
            key={index}
            display="flex"
            alignItems="flex-start"
            style={{ gap: 8 }}
          >
            <TextField
              label={props.keyLabel ?? 'Key'}
              value={row.key}
              error={Boolean(rowKeyError)}
              helperText={rowKeyError}
              onChange={e =>
                update(
                  rows.map((r, i) =>
                    i === index ? { ...r, key: e.target.value } : r,
                  ),
                )
              }
              margin="dense"
              variant="outlined"
              fullWidth
              inputProps={{ 'data-path': `${path}[${index}].key` }}
            />
            <TextField
              label={props.valueLabel ?? 'Value'}
              value={row.value}
              error={Boolean(rowValueError)}
              helperText={rowValueError}
              onChange={e =>
                update(
                  rows.map((r, i) =>
                    i === index ? { ...r, value: e.target.value } : r,
                  ),
                )
              }
              margin="dense"
              variant="outlined"
              fullWidth
              inputProps={{ 'data-path': `${path}[${index}].value` }}
            />
            <IconButton
              aria-label={`Remove row ${index + 1}`}
              onClick={() => update(rows.filter((_, i) => i !== index))}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() => setRows([...rows, { key: '', value: '' }])}
      >
        {props.addLabel ?? 'Add entry'}
      </Button>
    </Box>
  );
}
