import { useMemo } from 'react';
import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { RegistryClient } from './registryApi';

/**
 * Loads repository suggestions, and tag suggestions for `image`. On a failed
 * request the lists are empty and `error` contains the reason, so typing by hand always
 * works.
 */
export function useRegistrySuggestions(image: string | undefined) {
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const client = useMemo(
    () => new RegistryClient({ discoveryApi, fetchApi }),
    [discoveryApi, fetchApi],
  );

  const repositories = useAsync(() => client.listRepositories(), [client]);
  // Only a repository that a registry listed has tags to ask for, so typing
  // a name sends no request per keystroke.
  const known = Boolean(
    image && repositories.value?.some(r => r.image === image),
  );
  const tags = useAsync(
    async () => (known && image ? client.listTags(image) : []),
    [client, image, known],
  );

  return {
    repositories: (repositories.value ?? []).map(r => r.image),
    tags: tags.value ?? [],
    error: repositories.error ?? tags.error,
  };
}
