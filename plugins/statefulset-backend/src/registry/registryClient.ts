import type { RegistryDefinition } from './readRegistries';

/** Maximum page size of the catalog request. */
const CATALOG_PAGE_SIZE = 1000;

async function getJson(
  registry: RegistryDefinition,
  path: string,
  signal: AbortSignal,
) {
  const response = await fetch(`${registry.url}${path}`, {
    headers: registry.authorization
      ? { Authorization: registry.authorization }
      : {},
    signal,
  });
  if (!response.ok) {
    throw new Error(
      `registry "${registry.name}" returned HTTP ${response.status} for GET ${path}`,
    );
  }
  return response.json();
}

/**
 * Lists the repositories of one registry with `GET /v2/_catalog`.
 *
 * NOTE: Only the first page is read, and registries that respond 401 with a
 * token service (WWW-Authenticate: Bearer realm=...) are not supported; a
 * configured `token` is sent as is.
 */
export async function listCatalog(
  registry: RegistryDefinition,
  signal: AbortSignal,
): Promise<string[]> {
  const body = await getJson(
    registry,
    `/v2/_catalog?n=${CATALOG_PAGE_SIZE}`,
    signal,
  );
  return Array.isArray(body?.repositories) ? body.repositories : [];
}

/** Lists the tags of one repository with `GET /v2/<name>/tags/list`. */
export async function listTags(
  registry: RegistryDefinition,
  repository: string,
  signal: AbortSignal,
): Promise<string[]> {
  const body = await getJson(registry, `/v2/${repository}/tags/list`, signal);
  return Array.isArray(body?.tags) ? body.tags : [];
}
