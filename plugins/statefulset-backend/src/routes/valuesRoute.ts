import { RepositoryValuesResponse } from '@internal/backstage-plugin-statefulset-common';
import Router from 'express-promise-router';
import { resolveWorkload } from '../entity/resolveWorkload';
import { readRepositoryValues } from '../gitops/readRepositoryValues';
import { RepositoryFileCache } from '../gitops/RepositoryFileCache';
import { loadEntity } from './loadWorkload';
import { entityQuerySchema, parseRequest } from './requestSchemas';
import { ENTITY_QUERY_EXAMPLE, RouterOptions } from './RouterOptions';

/**
 * Adds GET /values: values.yaml of the entity's repository, with which the
 * card fills in the update template. Needs only read access to the entity.
 */
export function addValuesRoute(
  router: ReturnType<typeof Router>,
  deps: RouterOptions,
): void {
  const { httpAuth, catalog, logger } = deps;
  const files =
    deps.repositoryFiles ?? new RepositoryFileCache({ reader: deps.urlReader });

  router.get('/values', async (req, res) => {
    const { entityRef } = parseRequest(
      entityQuerySchema,
      req.query,
      ENTITY_QUERY_EXAMPLE,
    );
    const credentials = await httpAuth.credentials(req);

    const entity = await loadEntity({ catalog, entityRef, credentials });
    // Throws InputError (400) when the entity does not point at a StatefulSet.
    resolveWorkload(entity, []);

    const { valuesUrl, values } = await readRepositoryValues(entity, files);
    logger.debug(`Read ${valuesUrl}`, { entityRef });

    const response: RepositoryValuesResponse = {
      entityRef,
      valuesUrl,
      values,
    };
    res.json(response);
  });
}
