import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { FieldError } from '@internal/backstage-plugin-statefulset-common';

/**
 * Shows one warning per changed immutable value. Each message states that the
 * API server rejects the change on the existing StatefulSet and gives the
 * kubectl steps to recreate the set.
 */
export function ImmutableChangeList(props: { changes: FieldError[] }) {
  return (
    <Box data-testid="immutable-changes">
      {props.changes.map(change => (
        <Box key={change.path} mb={1}>
          <Alert severity="warning" data-immutable-path={change.path}>
            <AlertTitle>
              {change.path} cannot change on the existing StatefulSet
            </AlertTitle>
            {change.message}
          </Alert>
        </Box>
      ))}
    </Box>
  );
}
