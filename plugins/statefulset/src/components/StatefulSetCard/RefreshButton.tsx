import CircularProgress from '@material-ui/core/CircularProgress';
import IconButton from '@material-ui/core/IconButton';
import Tooltip from '@material-ui/core/Tooltip';
import RefreshIcon from '@material-ui/icons/Refresh';

/** Reloads the card now; spins while a change is being watched. */
export function RefreshButton(props: { busy: boolean; onClick: () => void }) {
  const { busy, onClick } = props;
  const title = busy
    ? 'Watching the last change until the set settles; click to refresh now'
    : 'Refresh';

  return (
    <Tooltip title={title}>
      <IconButton aria-label="Refresh" onClick={onClick}>
        {busy ? <CircularProgress size={20} /> : <RefreshIcon />}
      </IconButton>
    </Tooltip>
  );
}
