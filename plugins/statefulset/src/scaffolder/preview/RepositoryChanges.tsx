import { useMemo } from 'react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { StatefulSetValues } from '@internal/backstage-plugin-statefulset-common';
import { ChangedFileList } from './ChangedFileList';
import { compareWithRepository } from './compareWithRepository';
import { ImmutableChangeList } from './ImmutableChangeList';
import { useRepositoryValues } from './useRepositoryValues';

/**
 * Compares the form values of the update template with the values.yaml of
 * the entity's repository. It warns about changes that need the StatefulSet
 * recreated but blocks nothing, because Git may change and only the sync
 * fails until the set is recreated.
 */
export function RepositoryChanges(props: {
  entityRef: string;
  values: StatefulSetValues;
}) {
  const { entityRef, values } = props;
  const state = useRepositoryValues(entityRef);

  if (state.kind === 'loading') {
    return (
      <Box mb={2} data-testid="repository-changes-loading">
        <Typography variant="body2">
          Reading values.yaml of {entityRef} to compare it with these values.
        </Typography>
        <LinearProgress />
      </Box>
    );
  }

  if (state.kind === 'notFound') {
    return (
      <Box mb={2}>
        <Alert severity="info">
          The repository of {entityRef} has no values.yaml, so the preview
          cannot check which changes need the StatefulSet recreated. The files
          below are still what the template publishes. ({state.message})
        </Alert>
      </Box>
    );
  }

  if (state.kind === 'failed') {
    return (
      <Box mb={2}>
        <Alert severity="error">
          Reading values.yaml of {entityRef} failed: {state.message}. Changes
          that need the StatefulSet recreated are not checked.
        </Alert>
      </Box>
    );
  }

  return (
    <ComparedChanges
      entityRef={entityRef}
      storedValues={state.response.values}
      values={values}
    />
  );
}

function ComparedChanges(props: {
  entityRef: string;
  storedValues: unknown;
  values: StatefulSetValues;
}) {
  const { entityRef, storedValues, values } = props;
  const comparison = useMemo(
    () => compareWithRepository(storedValues, values),
    [storedValues, values],
  );

  if (comparison.kind === 'invalid') {
    return (
      <Box mb={2}>
        <Alert severity="warning">
          values.yaml of {entityRef} is invalid, so changes that need the
          StatefulSet recreated are not checked. Invalid values:
          <ul>
            {comparison.errors.map(error => (
              <li key={error.path}>
                {error.path}: {error.message}
              </li>
            ))}
          </ul>
        </Alert>
      </Box>
    );
  }

  return (
    <Box mb={2}>
      <ImmutableChangeList changes={comparison.immutableChanges} />
      <ChangedFileList changes={comparison.fileChanges} />
    </Box>
  );
}
