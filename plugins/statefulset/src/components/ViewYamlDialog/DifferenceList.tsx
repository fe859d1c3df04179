import Link from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { ManifestDifference } from '@internal/backstage-plugin-statefulset-common';

/** Renders the value of one side, or `not set` when that side lacks the field. */
function ValueCell(props: { value?: string }) {
  if (props.value === undefined) {
    return (
      <TableCell>
        <Typography variant="body2" color="textSecondary">
          <em>not set</em>
        </Typography>
      </TableCell>
    );
  }

  return (
    <TableCell>
      <Typography
        variant="body2"
        component="pre"
        style={{ margin: 0, fontFamily: 'monospace', whiteSpace: 'pre-wrap' }}
      >
        {props.value}
      </Typography>
    </TableCell>
  );
}

/**
 * Table of the fields whose Git value differs from the live object. A click
 * on a path scrolls both YAML panes to its lines.
 */
export function DifferenceList(props: {
  differences: ManifestDifference[];
  onSelect: (path: string) => void;
}) {
  const { differences, onSelect } = props;

  return (
    <Table size="small" aria-label="Fields that differ from Git">
      <TableHead>
        <TableRow>
          <TableCell>Field</TableCell>
          <TableCell>In Git</TableCell>
          <TableCell>Live</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {differences.map(difference => (
          <TableRow key={difference.path}>
            <TableCell>
              <Link
                component="button"
                variant="body2"
                style={{ fontFamily: 'monospace', textAlign: 'left' }}
                onClick={() => onSelect(difference.path)}
              >
                {difference.path}
              </Link>
            </TableCell>
            <ValueCell value={difference.git} />
            <ValueCell value={difference.live} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
