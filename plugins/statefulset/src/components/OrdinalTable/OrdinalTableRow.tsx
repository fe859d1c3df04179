import { StatusPending } from '@backstage/core-components';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { OrdinalRow } from '../../lib/ordinalRows';
import { formatAge } from '../../lib/formatAge';
import { ClaimList } from './ClaimList';
import { PodStatusCell } from './PodStatusCell';

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

/** Props of {@link OrdinalTableRow}. */
export interface OrdinalTableRowProps {
  row: OrdinalRow;
  now: Date;
  /** True while current and update revision differ, so the pod's revision is labelled. */
  rolloutInProgress: boolean;
  claimsClassName: string;
}

/** Renders one ordinal: its pod's state, or why it has none, and its claims. */
export function OrdinalTableRow(props: OrdinalTableRowProps) {
  const { row, now, rolloutInProgress, claimsClassName } = props;

  return (
    <TableRow data-testid={`ordinal-${row.ordinal}`}>
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
            {rolloutInProgress && (row.updated ? ' (updated)' : ' (old)')}
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
      <TableCell className={claimsClassName}>
        <ClaimList claims={row.claims} />
      </TableCell>
    </TableRow>
  );
}
