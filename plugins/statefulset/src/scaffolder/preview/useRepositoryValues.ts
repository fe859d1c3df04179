import useAsync from 'react-use/esm/useAsync';
import { ResponseError } from '@backstage/errors';
import { useApi } from '@backstage/frontend-plugin-api';
import type { RepositoryValuesResponse } from '@internal/backstage-plugin-statefulset-common';
import { statefulSetApiRef } from '../../api/StatefulSetApi';

/** State of {@link useRepositoryValues}. */
export type RepositoryValuesState =
  | { kind: 'loading' }
  | { kind: 'loaded'; response: RepositoryValuesResponse }
  | { kind: 'notFound'; message: string }
  | { kind: 'failed'; message: string };

/**
 * Reads values.yaml of the entity's repository through the statefulset
 * backend. It reads again only when `entityRef` changes, not on every
 * keystroke in the form.
 *
 * The API is registered by the statefulset plugin: in the new frontend
 * system for the whole app, and in the legacy system when the app uses
 * `legacyStatefulsetPlugin`, for example through `EntityStatefulSetCard`.
 */
export function useRepositoryValues(entityRef: string): RepositoryValuesState {
  const statefulSetApi = useApi(statefulSetApiRef);

  const { value, error, loading } = useAsync(
    () => statefulSetApi.getRepositoryValues(entityRef),
    [statefulSetApi, entityRef],
  );

  if (loading) {
    return { kind: 'loading' };
  }
  if (error) {
    const notFound = ResponseError.is(error) && error.response.status === 404;
    return { kind: notFound ? 'notFound' : 'failed', message: error.message };
  }
  if (!value) {
    return { kind: 'loading' };
  }
  return { kind: 'loaded', response: value };
}
