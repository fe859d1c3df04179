import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import AddIcon from '@material-ui/icons/Add';

/**
 * An editable list: a heading, one bordered row per item with a remove
 * button, and an add button. Items are replaced whole, so the parent keeps
 * the list as plain values.
 */
export function ListSection<T>(props: {
  title: string;
  addLabel: string;
  items: T[] | undefined;
  onChange: (items: T[] | undefined) => void;
  createItem: () => T;
  renderItem: (item: T, index: number, update: (item: T) => void) => ReactNode;
  description?: string;
}) {
  const { title, addLabel, createItem, renderItem, onChange, description } =
    props;
  const items = props.items ?? [];

  const update = (index: number, item: T) =>
    onChange(items.map((current, i) => (i === index ? item : current)));
  const remove = (index: number) => {
    const rest = items.filter((_, i) => i !== index);
    onChange(rest.length > 0 ? rest : undefined);
  };

  return (
    <Box mt={2} mb={1}>
      <Typography variant="subtitle2">{title}</Typography>
      {description && (
        <Typography variant="body2" color="textSecondary">
          {description}
        </Typography>
      )}
      {items.map((item, index) => (
        <Box
          key={index}
          display="flex"
          alignItems="flex-start"
          border={1}
          borderColor="divider"
          borderRadius={4}
          p={1}
          mt={1}
        >
          <Box flexGrow={1}>
            {renderItem(item, index, next => update(index, next))}
          </Box>
          <IconButton
            aria-label={`Remove ${title.toLowerCase()} ${index + 1}`}
            onClick={() => remove(index)}
          >
            <DeleteIcon />
          </IconButton>
        </Box>
      ))}
      <Button
        startIcon={<AddIcon />}
        size="small"
        onClick={() => onChange([...items, createItem()])}
      >
        {addLabel}
      </Button>
    </Box>
  );
}
