import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { ResponseError } from '@backstage/errors';
import type { KubernetesErrorSummary } from '@internal/backstage-plugin-statefulset-common';
import { getErrorMessage } from '../../lib/actionMessages';
import { describeKubernetesError } from '../../lib/describeKubernetesError';

function readKubernetesError(error: Error): KubernetesErrorSummary | undefined {
  if (!ResponseError.is(error)) {
    return undefined;
  }
  return error.body?.error?.kubernetesError as
    | KubernetesErrorSummary
    | undefined;
}

/**
 * Explains why the comparison could not be read. A 403 means missing access,
 * of the portal in the cluster or of the user in Backstage, so it gets no
 * Retry button. Other failures offer one.
 */
export function ComparisonErrorState(props: {
  error: Error;
  entityRef: string;
  cluster: string;
  onRetry: () => void;
}) {
  const { error, entityRef, cluster, onRetry } = props;
  const kubernetesError = readKubernetesError(error);
  const forbidden = ResponseError.is(error) && error.statusCode === 403;

  if (kubernetesError && kubernetesError.reason === 'forbidden') {
    const { title, message } = describeKubernetesError(
      cluster,
      kubernetesError,
    );
    return (
      <Alert severity="error">
        <AlertTitle>{title}</AlertTitle>
        {message}
      </Alert>
    );
  }

  if (forbidden) {
    return (
      <Alert severity="error">
        <AlertTitle>You may not view the YAML of {entityRef}</AlertTitle>
        {getErrorMessage(error)}. Ask a portal administrator for read access to
        the entity.
      </Alert>
    );
  }

  const message = kubernetesError
    ? describeKubernetesError(cluster, kubernetesError).message
    : getErrorMessage(error);
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      <AlertTitle>Reading the YAML failed</AlertTitle>
      {message}
    </Alert>
  );
}
