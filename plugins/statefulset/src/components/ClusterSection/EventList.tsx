import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import type { EventSummary } from '@internal/backstage-plugin-statefulset-common';
import { formatAge } from '../../lib/formatAge';

/** Recent events of the set and its pods, newest first, collapsed until opened. */
export function EventList(props: { events: EventSummary[]; now: Date }) {
  const { events, now } = props;
  const warnings = events.filter(event => event.type === 'Warning').length;

  return (
    <Accordion TransitionProps={{ unmountOnExit: true }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography variant="body2">
          Recent events ({events.length}
          {warnings > 0 ? `, ${warnings} warnings` : ''})
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        {events.length === 0 ? (
          <Typography variant="body2">No recent events.</Typography>
        ) : (
          <Table size="small" aria-label="Recent events">
            <TableBody>
              {events.map((event, index) => (
                <TableRow
                  key={`${event.involvedObject}-${event.reason}-${index}`}
                >
                  <TableCell>{event.type}</TableCell>
                  <TableCell>{event.reason}</TableCell>
                  <TableCell>{event.involvedObject}</TableCell>
                  <TableCell>{event.message}</TableCell>
                  <TableCell>×{event.count}</TableCell>
                  <TableCell>{formatAge(event.lastTimestamp, now)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
