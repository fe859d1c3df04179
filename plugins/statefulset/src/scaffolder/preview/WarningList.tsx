import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { Warning } from '@internal/backstage-plugin-statefulset-common';

/** Lists the risks of valid values. Each message explains what can go wrong and how to avoid it. */
export function WarningList(props: { warnings: Warning[] }) {
  const { warnings } = props;
  return (
    <Box>
      <Typography variant="subtitle2">Warnings</Typography>
      {warnings.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No warnings for these values.
        </Typography>
      )}
      {warnings.map(warning => (
        <Box key={`${warning.id}:${warning.path}`} mb={1}>
          {/* Paths such as persistentVolumeClaimRetentionPolicy.whenScaled
              have no break opportunity and would overflow the narrow column. */}
          <Alert
            severity="warning"
            data-warning-id={warning.id}
            style={{ overflowWrap: 'anywhere' }}
          >
            <Typography variant="caption" component="div">
              {warning.path}
            </Typography>
            {warning.message}
          </Alert>
        </Box>
      ))}
    </Box>
  );
}
