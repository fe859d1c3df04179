import Box from '@material-ui/core/Box';
import type {
  ClusterStatefulSetFound,
  ManifestComparisonResponse,
} from '@internal/backstage-plugin-statefulset-common';
import type { ActionPermissions } from '../../hooks/useActionPermissions';
import { buildOrdinalRows } from '../../lib/ordinalRows';
import { getRevisionProgress } from '../../lib/revisionProgress';
import { OrdinalTable } from '../OrdinalTable/OrdinalTable';
import { BlockingPodPanel } from './BlockingPodPanel';
import { ClusterActions } from './ClusterActions';
import { DriftChip } from './DriftChip';
import { EventList } from './EventList';
import { RolloutSummary } from './RolloutSummary';

/** Props of {@link FoundStatefulSet}. */
export interface FoundStatefulSetProps {
  entityRef: string;
  status: ClusterStatefulSetFound;
  permissions: ActionPermissions;
  repositoryUrl?: string;
  now: Date;
  /** Latest comparison with Git, for the drift chip. */
  comparison?: ManifestComparisonResponse;
  onViewYaml: () => void;
  onChanged: () => void;
  onReload: () => void;
}

/** Everything the card shows about a set that exists in one cluster. */
export function FoundStatefulSet(props: FoundStatefulSetProps) {
  const { status, now } = props;

  return (
    <>
      <ClusterActions
        entityRef={props.entityRef}
        status={status}
        permissions={props.permissions}
        repositoryUrl={props.repositoryUrl}
        onViewYaml={props.onViewYaml}
        onChanged={props.onChanged}
        onReload={props.onReload}
      />
      <RolloutSummary status={status}>
        <DriftChip comparison={props.comparison} onClick={props.onViewYaml} />
      </RolloutSummary>
      {status.blockingPod && (
        <Box mb={2}>
          <BlockingPodPanel
            blockingPod={status.blockingPod}
            statefulSet={status.statefulSet}
          />
        </Box>
      )}
      <Box mb={2}>
        <OrdinalTable
          rows={buildOrdinalRows(status)}
          now={now}
          rolloutInProgress={getRevisionProgress(status).inProgress}
        />
      </Box>
      <EventList events={status.events} now={now} />
    </>
  );
}
