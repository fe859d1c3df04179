import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useState } from 'react';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import { useActionPermissions } from '../../hooks/useActionPermissions';
import { useStatefulSetStatus } from '../../hooks/useStatefulSetStatus';
import { getSourceRepositoryUrl } from '../../lib/sourceRepositoryUrl';
import { ClusterSection } from '../ClusterSection/ClusterSection';
import { EditButton } from './EditButton';
import { RefreshButton } from './RefreshButton';

/**
 * Loads the status of the entity's StatefulSet, keeps it fresh, and renders
 * one section per cluster that the entity points at. The comparison with Git
 * is read again only on Refresh and after the card's own changes, not on
 * every poll.
 */
export function StatefulSetStatusCard(props: { entity: Entity }) {
  const { entity } = props;
  const entityRef = stringifyEntityRef(entity);
  const { value, error, loading, watching, refresh, watchUntilSettled } =
    useStatefulSetStatus(entityRef);
  const permissions = useActionPermissions(entityRef);
  const repositoryUrl = getSourceRepositoryUrl(entity);
  const [comparisonReloadKey, setComparisonReloadKey] = useState(0);

  const refreshAll = () => {
    refresh();
    setComparisonReloadKey(key => key + 1);
  };

  const watchChange = () => {
    watchUntilSettled();
    setComparisonReloadKey(key => key + 1);
  };

  const renderContent = () => {
    if (loading) {
      return <Progress />;
    }

    if (!value) {
      return <ResponseErrorPanel error={error ?? new Error('No status')} />;
    }

    if (value.clusters.length === 0) {
      return (
        <EmptyState
          missing="data"
          title="No cluster to look in"
          description="No cluster in the kubernetes block of app-config.yaml matches the entity's backstage.io/kubernetes-cluster annotation."
        />
      );
    }

    const now = new Date();
    return value.clusters.map(status => (
      <ClusterSection
        key={status.cluster}
        entityRef={entityRef}
        status={status}
        showClusterName={value.clusters.length > 1}
        permissions={permissions}
        repositoryUrl={repositoryUrl}
        now={now}
        comparisonReloadKey={comparisonReloadKey}
        onChanged={watchChange}
        onReload={refresh}
      />
    ));
  };

  return (
    <InfoCard
      title="StatefulSet"
      action={
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <EditButton entityRef={entityRef} permission={permissions.edit} />
          <RefreshButton busy={watching} onClick={refreshAll} />
        </Box>
      }
    >
      {value && error && (
        <Box mb={2}>
          <WarningPanel
            severity="warning"
            title="Refreshing the status failed; showing the last status read"
            message={error.message}
          />
        </Box>
      )}
      {renderContent()}
    </InfoCard>
  );
}
