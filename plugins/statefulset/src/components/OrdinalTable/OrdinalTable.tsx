import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import type { OrdinalRow } from '../../lib/ordinalRows';
import { OrdinalTableRow } from './OrdinalTableRow';

/**
 * Rows per page the pager offers. One page of 50 rows keeps the card's
 * render of a 1000-pod set short, because every row is a table row with
 * seven cells.
 */
export const ROWS_PER_PAGE_OPTIONS = [25, 50, 100];
const DEFAULT_ROWS_PER_PAGE = 50;

const useStyles = makeStyles({
  table: {
    '& th, & td': { whiteSpace: 'nowrap' },
  },
  claims: {
    '$table &': { whiteSpace: 'normal', minWidth: 160 },
  },
});

/** Props of {@link OrdinalTable}. */
export interface OrdinalTableProps {
  rows: OrdinalRow[];
  now: Date;
  /** True while current and update revision differ, so each pod's revision is labelled. */
  rolloutInProgress: boolean;
}

/**
 * Pods and claims of the set, one row per ordinal in ordinal order, one
 * page at a time. Ordinals without a pod show whether the pod is still to
 * be created or only the claims kept after a scale-in remain. The pager
 * shows only when the rows do not fit on the smallest page.
 */
export function OrdinalTable(props: OrdinalTableProps) {
  const { rows, now, rolloutInProgress } = props;
  const classes = useStyles();
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(DEFAULT_ROWS_PER_PAGE);

  // A scale-in can remove the page on display, then the last page shows.
  const lastPage = Math.max(0, Math.ceil(rows.length / rowsPerPage) - 1);
  const shownPage = Math.min(page, lastPage);
  const pageRows = rows.slice(
    shownPage * rowsPerPage,
    (shownPage + 1) * rowsPerPage,
  );

  return (
    <>
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
            {pageRows.map(row => (
              <OrdinalTableRow
                key={row.ordinal}
                row={row}
                now={now}
                rolloutInProgress={rolloutInProgress}
                claimsClassName={classes.claims}
              />
            ))}
          </TableBody>
        </Table>
      </Box>
      {rows.length > ROWS_PER_PAGE_OPTIONS[0] && (
        <TablePagination
          component="div"
          count={rows.length}
          page={shownPage}
          rowsPerPage={rowsPerPage}
          rowsPerPageOptions={ROWS_PER_PAGE_OPTIONS}
          labelRowsPerPage="Ordinals per page:"
          labelDisplayedRows={({ from, to, count }) =>
            `Ordinals ${pageRows[0]?.ordinal}–${
              pageRows[pageRows.length - 1]?.ordinal
            } (rows ${from}–${to} of ${count})`
          }
          onPageChange={(_event, newPage) => setPage(newPage)}
          onRowsPerPageChange={event => {
            setRowsPerPage(Number(event.target.value));
            setPage(0);
          }}
        />
      )}
    </>
  );
}
