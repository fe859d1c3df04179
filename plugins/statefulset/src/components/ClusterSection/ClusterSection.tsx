import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { ClusterStatefulSetStatus } from '@internal/backstage-plugin-statefulset-common';
import type { ActionPermissions } from '../../hooks/useActionPermissions';
import { useManifestComparison } from '../../hooks/useManifestComparison';
import { ViewYamlDialog } from '../ViewYamlDialog/ViewYamlDialog';
import { ClusterErrorState } from './ClusterErrorState';
import { ClusterNotFoundState } from './ClusterNotFoundState';
import { FoundStatefulSet } from './FoundStatefulSet';

/** Props of {@link ClusterSection}. */
export interface ClusterSectionProps {
  entityRef: string;
  status: ClusterStatefulSetStatus;
  /** Shows the cluster name as a heading, for entities in several clusters. */
  showClusterName: boolean;
  permissions: ActionPermissions;
  repositoryUrl?: string;
  now: Date;
  /** Changes when the comparison with Git should be read again. */
  comparisonReloadKey: number;
  onChanged: () => void;
  onReload: () => void;
}

/** Namespace and name of the set, from whichever state the status has. */
function describeSetName(status: ClusterStatefulSetStatus): string {
  if (status.state === 'found') {
    return `${status.statefulSet.namespace}/${status.statefulSet.name}`;
  }
  if (status.state === 'notFound') {
    return `${status.namespace}/${status.name}`;
  }
  return '';
}

/**
 * Renders the set in one cluster: found, not found, or why it could not be
 * read. It also compares the set with Git, for the drift chip and View YAML.
 */
export function ClusterSection(props: ClusterSectionProps) {
  const { entityRef, status, showClusterName } = props;

  const comparison = useManifestComparison({
    entityRef,
    cluster: status.cluster,
    enabled: status.state !== 'failed',
    reloadKey: props.comparisonReloadKey,
  });
  const [yamlOpen, setYamlOpen] = useState(false);

  const openYaml = () => {
    comparison.reload();
    setYamlOpen(true);
  };

  return (
    <Box component="section" mb={3} aria-label={`Cluster ${status.cluster}`}>
      {showClusterName && (
        <Typography variant="h6" gutterBottom>
          Cluster {status.cluster}
        </Typography>
      )}
      {status.state === 'found' && (
        <FoundStatefulSet
          entityRef={entityRef}
          status={status}
          permissions={props.permissions}
          repositoryUrl={props.repositoryUrl}
          now={props.now}
          comparison={comparison.value}
          onViewYaml={openYaml}
          onChanged={props.onChanged}
          onReload={props.onReload}
        />
      )}
      {status.state === 'notFound' && (
        <ClusterNotFoundState status={status} onViewYaml={openYaml} />
      )}
      {status.state === 'failed' && <ClusterErrorState status={status} />}

      {yamlOpen && (
        <ViewYamlDialog
          entityRef={entityRef}
          cluster={status.cluster}
          setLabel={describeSetName(status)}
          comparison={comparison}
          onClose={() => setYamlOpen(false)}
        />
      )}
    </Box>
  );
}
