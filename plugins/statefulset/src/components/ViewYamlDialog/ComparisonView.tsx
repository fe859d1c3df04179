import { useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { ManifestComparisonResponse } from '@internal/backstage-plugin-statefulset-common';
import { mapDifferenceLines } from '../../lib/differenceLines';
import { ComparisonSummary } from './ComparisonSummary';
import { DifferenceList } from './DifferenceList';
import { YamlPane } from './YamlPane';

/** Shows the address of the Git manifest, as a link only for http and https. */
function GitSource(props: { gitUrl?: string }) {
  const { gitUrl } = props;
  if (!gitUrl) {
    return null;
  }

  return (
    <Typography variant="caption" component="div" gutterBottom>
      {/^https?:\/\//.test(gitUrl) ? (
        <Link href={gitUrl} target="_blank" rel="noopener noreferrer">
          {gitUrl}
        </Link>
      ) : (
        gitUrl
      )}
    </Typography>
  );
}

/**
 * Renders the comparison of one set: its outcome, the differing fields, and the live
 * and Git YAML side by side with those fields marked.
 */
export function ComparisonView(props: {
  comparison: ManifestComparisonResponse;
}) {
  const { comparison } = props;
  const [selectedPath, setSelectedPath] = useState<string>();
  const lines = useMemo(() => mapDifferenceLines(comparison), [comparison]);

  return (
    <>
      <Box mb={2}>
        <ComparisonSummary comparison={comparison} />
      </Box>

      {comparison.differences.length > 0 && (
        <Box mb={2}>
          <DifferenceList
            differences={comparison.differences}
            onSelect={setSelectedPath}
          />
        </Box>
      )}

      <Grid container spacing={2}>
        <Grid item xs={12} md={6}>
          <YamlPane
            title={`Live in cluster ${comparison.cluster}`}
            label="Live YAML"
            text={comparison.live}
            differences={lines.live}
            selectedPath={selectedPath}
            placeholder={
              <Alert severity="info">
                StatefulSet {comparison.name} not found in namespace{' '}
                {comparison.namespace} of cluster {comparison.cluster}. Apply
                the repository's manifests, e.g. with kubectl apply -k, or let
                GitOps create it.
              </Alert>
            }
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <YamlPane
            title="In Git: manifests/statefulset.yaml"
            label="Git YAML"
            text={comparison.git}
            differences={lines.git}
            selectedPath={selectedPath}
            placeholder={
              <Alert severity="warning">
                Git manifest unavailable:{' '}
                {comparison.gitError ?? 'the backend gave no reason'}.
              </Alert>
            }
          />
          <GitSource gitUrl={comparison.gitUrl} />
        </Grid>
      </Grid>
    </>
  );
}
