import { StatusPending } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { OrdinalRow } from '../../lib/ordinalRows';
import { formatAge } from '../../lib/formatAge';
import { ClaimList } from './ClaimList';
import { PodStatusCell } from './PodStatusCell';

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

  return (
    <Table size="small" aria-label="Pods and claims by ordinal">
      <TableHead>
        <TableRow>
          <TableCell>Pod</TableCell>
          <TableCell>Phase</TableCell>
          <TableCell>Ready</TableCell>
          <TableCell>Restarts</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Node</TableCell>
          <TableCell>Age</TableCell>
          <TableCell>Revision</TableCell>
          <TableCell>Claims</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.ordinal} data-testid={`ordinal-${row.ordinal}`}>
            <TableCell>{row.podName}</TableCell>
            {row.pod ? (
              <>
                <TableCell>
                  <PodStatusCell pod={row.pod} />
                </TableCell>
                <TableCell>{row.pod.ready ? 'Yes' : 'No'}</TableCell>
                <TableCell>{row.pod.restarts}</TableCell>
                <TableCell>
                  <Typography variant="body2" title={row.pod.message}>
                    {row.pod.reason ?? '-'}
                  </Typography>
                </TableCell>
                <TableCell>{row.pod.nodeName ?? '-'}</TableCell>
                <TableCell>{formatAge(row.pod.createdAt, now)}</TableCell>
                <TableCell>
                  {row.pod.revision ?? '-'}
                  {rolloutInProgress && (row.updated ? ' (updated)' : ' (old)')}
                </TableCell>
              </>
            ) : (
              <TableCell colSpan={7}>
                {row.beyondReplicas ? (
                  <Typography variant="body2">
                    No pod: ordinal {row.ordinal} is at or above the replica
                    count
                  </Typography>
                ) : (
                  <StatusPending>Not created yet</StatusPending>
                )}
              </TableCell>
            )}
            <TableCell>
              <ClaimList claims={row.claims} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
