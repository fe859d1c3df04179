import { CoreV1Event } from '@kubernetes/client-node';
import { EventSummary } from '@internal/backstage-plugin-statefulset-common';
import { toTimestamp } from './ordinals';

/** Number of events the card shows. */
const MAX_EVENTS = 20;

/** Summarizes events, newest first, at most {@link MAX_EVENTS}. */
export function summarizeEvents(events: CoreV1Event[]): EventSummary[] {
  const summaries = events.map(event => ({
    type: event.type ?? 'Normal',
    reason: event.reason ?? '',
    message: event.message ?? '',
    involvedObject: `${event.involvedObject.kind ?? ''} ${
      event.involvedObject.name ?? ''
    }`.trim(),
    count: event.series?.count ?? event.count ?? 1,
    lastTimestamp: toTimestamp(
      event.series?.lastObservedTime ??
        event.lastTimestamp ??
        event.eventTime ??
        event.metadata?.creationTimestamp,
    ),
  }));

  return summaries
    .sort((a, b) =>
      (b.lastTimestamp ?? '').localeCompare(a.lastTimestamp ?? ''),
    )
    .slice(0, MAX_EVENTS);
}
