import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import LinearProgress from '@material-ui/core/LinearProgress';
import type { ManifestComparisonState } from '../../hooks/useManifestComparison';
import { ComparisonErrorState } from './ComparisonErrorState';
import { ComparisonView } from './ComparisonView';

/** Props of {@link ViewYamlDialog}. */
export interface ViewYamlDialogProps {
  entityRef: string;
  cluster: string;
  /** Namespace and name of the set, for the title. */
  setLabel: string;
  comparison: ManifestComparisonState;
  onClose: () => void;
}

/**
 * Shows the live StatefulSet and its manifest in Git side by side, with the
 * fields that differ listed and marked in both.
 */
export function ViewYamlDialog(props: ViewYamlDialogProps) {
  const { entityRef, cluster, setLabel, comparison, onClose } = props;
  const { value, error, loading, reload } = comparison;

  const renderContent = () => {
    if (loading && !value) {
      return <Progress />;
    }

    if (error) {
      return (
        <ComparisonErrorState
          error={error}
          entityRef={entityRef}
          cluster={cluster}
          onRetry={reload}
        />
      );
    }

    if (!value) {
      return <Progress />;
    }

    return <ComparisonView comparison={value} />;
  };

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="view-yaml-dialog-title"
      fullWidth
      maxWidth="xl"
    >
      <DialogTitle id="view-yaml-dialog-title">
        YAML of StatefulSet {setLabel} in cluster {cluster}
      </DialogTitle>
      <DialogContent>
        <Box height={4} mb={1}>
          {loading && value && <LinearProgress aria-label="Reloading" />}
        </Box>
        {renderContent()}
      </DialogContent>
      <DialogActions>
        <Button onClick={reload} disabled={loading}>
          Reload
        </Button>
        <Button color="primary" onClick={onClose}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
