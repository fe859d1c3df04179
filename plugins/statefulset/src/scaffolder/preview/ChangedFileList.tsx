import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { FileChange } from './compareWithRepository';

/** Lists the generated files that differ from the repository, with a note when none does. */
export function ChangedFileList(props: { changes: FileChange[] }) {
  const { changes } = props;
  return (
    <Box mb={2}>
      <Typography variant="subtitle2">
        Changes against the repository
      </Typography>
      {changes.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No file differs from the repository.
        </Typography>
      ) : (
        <List dense aria-label="Changes against the repository">
          {changes.map(change => (
            <ListItem key={change.path}>
              <ListItemText primary={change.path} secondary={change.change} />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}
