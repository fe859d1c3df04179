import { StatusPending } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { OrdinalRow } from '../../lib/ordinalRows';
import { formatAge } from '../../lib/formatAge';
import { ClaimList } from './ClaimList';
import { PodStatusCell } from './PodStatusCell';

const useStyles = makeStyles({
  table: {
    '& th, & td': { whiteSpace: 'nowrap' },
  },
  claims: {
    '$table &': { whiteSpace: 'normal', minWidth: 160 },
  },
});

/**
 * Drops the `<set>-` prefix of a `controller-revision-hash` value, which
 * every pod of the set shares, and keeps the hash.
 */
function shortRevision(revision: string | undefined, podName: string): string {
  if (!revision) {
    return '-';
  }
  const setPrefix = `${podName.slice(0, podName.lastIndexOf('-'))}-`;
  return revision.startsWith(setPrefix)
    ? revision.slice(setPrefix.length)
    : revision;
}

/** Props of {@link OrdinalTable}. */
export interface OrdinalTableProps {
  rows: OrdinalRow[];
  now: Date;
  /** True while current and update revision differ, so each pod's revision is labelled. */
  rolloutInProgress: boolean;
}

/**
 * Pods and claims of the set, one row per ordinal in ordinal order. Ordinals
 * without a pod show whether the pod is still to be created or only the
 * claims kept after a scale-in remain.
 */
export function OrdinalTable(props: OrdinalTableProps) {
  const { rows, now, rolloutInProgress } = props;
  const classes = useStyles();

  return (
    <Box overflow="auto">
      <Table
        size="small"
        className={classes.table}
        aria-label="Pods and claims by ordinal"
      >
        <TableHead>
          <TableRow>
            <TableCell>Pod</TableCell>
            <TableCell>Phase and reason</TableCell>
            <TableCell>Ready</TableCell>
            <TableCell>Restarts</TableCell>
            <TableCell>Age</TableCell>
            <TableCell>Revision</TableCell>
            <TableCell>Claims</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => (
            <TableRow key={row.ordinal} data-testid={`ordinal-${row.ordinal}`}>
              <TableCell>
                {row.podName}
                {row.pod?.nodeName && (
                  <Typography variant="caption" display="block">
                    {row.pod.nodeName}
                  </Typography>
                )}
              </TableCell>
              {row.pod ? (
                <>
                  <TableCell>
                    <PodStatusCell pod={row.pod} />
                    {row.pod.reason && (
                      <Typography
                        variant="caption"
                        display="block"
                        title={row.pod.message}
                      >
                        {row.pod.reason}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{row.pod.ready ? 'Yes' : 'No'}</TableCell>
                  <TableCell>{row.pod.restarts}</TableCell>
                  <TableCell>{formatAge(row.pod.createdAt, now)}</TableCell>
                  <TableCell>
                    {shortRevision(row.pod.revision, row.podName)}
                    {rolloutInProgress &&
                      (row.updated ? ' (updated)' : ' (old)')}
                  </TableCell>
                </>
              ) : (
                <TableCell colSpan={5}>
                  {row.beyondReplicas ? (
                    <Typography variant="body2">
                      No pod (ordinal at or above replicas)
                    </Typography>
                  ) : (
                    <StatusPending>Not created yet</StatusPending>
                  )}
                </TableCell>
              )}
              <TableCell className={classes.claims}>
                <ClaimList claims={row.claims} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
