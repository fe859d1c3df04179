import {
  ManifestComparisonResponse,
  toYaml,
} from '@internal/backstage-plugin-statefulset-common';
import { V1StatefulSet } from '@kubernetes/client-node';
import Router from 'express-promise-router';
import { cleanLiveStatefulSet } from '../gitops/cleanLiveObject';
import { compareManifests } from '../gitops/compareManifests';
import { readGitManifest } from '../gitops/readGitManifest';
import { RepositoryFileCache } from '../gitops/RepositoryFileCache';
import { ClusterClient } from '../kubernetes/ClusterClient';
import { KubernetesRequestError } from '../kubernetes/KubernetesRequestError';
import { loadEntity, resolveEntityWorkload } from './loadWorkload';
import { manifestsQuerySchema, parseRequest } from './requestSchemas';
import { MANIFESTS_QUERY_EXAMPLE, RouterOptions } from './RouterOptions';
import { clientFor, workloadLogger } from './workloadContext';

/** Reads the live StatefulSet, or undefined when the cluster has none of that name. */
async function readLiveStatefulSet(
  client: ClusterClient,
  namespace: string,
  name: string,
): Promise<V1StatefulSet | undefined> {
  try {
    return await client.readStatefulSet(namespace, name);
  } catch (error) {
    if (
      error instanceof KubernetesRequestError &&
      error.summary.reason === 'notFound'
    ) {
      return undefined;
    }
    throw error;
  }
}

/**
 * Adds GET /manifests: the live StatefulSet beside manifests/statefulset.yaml
 * of the entity's repository, and the fields in which they differ. Needs
 * only read access to the entity. A Git file that cannot be read is reported
 * in `gitError`, and other failures of the cluster request are errors.
 */
export function addManifestsRoute(
  router: ReturnType<typeof Router>,
  deps: RouterOptions,
): void {
  const { httpAuth, catalog, logger, registry } = deps;
  const files =
    deps.repositoryFiles ?? new RepositoryFileCache({ reader: deps.urlReader });

  router.get('/manifests', async (req, res) => {
    const { entityRef, cluster } = parseRequest(
      manifestsQuerySchema,
      req.query,
      MANIFESTS_QUERY_EXAMPLE,
    );
    const credentials = await httpAuth.credentials(req);

    const entity = await loadEntity({ catalog, entityRef, credentials });
    const workload = resolveEntityWorkload(entity, registry);
    const client = clientFor(registry, workload, cluster);
    const log = workloadLogger(logger, workload, cluster);

    const [live, git] = await Promise.all([
      readLiveStatefulSet(client, workload.namespace, workload.name),
      readGitManifest(entity, files),
    ]);
    if (!git.found) {
      log.warn(`Git manifest unavailable: ${git.error}`);
    }

    const liveObject = live ? cleanLiveStatefulSet(live) : undefined;
    const differences =
      liveObject && git.found ? compareManifests(git.object, liveObject) : [];

    const response: ManifestComparisonResponse = {
      entityRef: workload.entityRef,
      cluster,
      namespace: workload.namespace,
      name: workload.name,
      ...(liveObject ? { live: toYaml(liveObject) } : {}),
      ...(git.found ? { git: git.text } : { gitError: git.error }),
      ...(git.url ? { gitUrl: git.url } : {}),
      differences,
      drift: differences.length > 0,
    };
    res.json(response);
  });
}
