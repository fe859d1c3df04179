import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { FieldError } from '@internal/backstage-plugin-statefulset-common';

/**
 * Renders a message with its backtick-quoted parts, such as the kubectl
 * command, as inline code.
 */
function MessageWithCode(props: { message: string }) {
  const parts = props.message.split('`');
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <code key={index}>{part}</code> : part,
      )}
    </>
  );
}

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
            <MessageWithCode message={change.message} />
          </Alert>
        </Box>
      ))}
    </Box>
  );
}
