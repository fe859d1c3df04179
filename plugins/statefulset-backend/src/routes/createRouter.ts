import express from 'express';
import Router from 'express-promise-router';
import { StatusCache } from '../cache/StatusCache';
import { RepositoryFileCache } from '../gitops/RepositoryFileCache';
import { createErrorHandler } from './errorHandler';
import { addManifestsRoute } from './manifestsRoute';
import { addPermissionsRoute } from './permissionsRoute';
import { addRedeployRoute } from './redeployRoute';
import { RouterOptions } from './RouterOptions';
import { addScaleRoute } from './scaleRoute';
import { addStatusRoute } from './statusRoute';
import { addValuesRoute } from './valuesRoute';

export type { RouterOptions } from './RouterOptions';

/**
 * Creates the routes of the statefulset backend plugin: the status of an
 * entity's StatefulSet, the caller's allowed actions, scale and redeploy,
 * and the values and manifests of the entity's Git repository. Cluster,
 * namespace and name always come from the entity's annotations.
 */
export async function createRouter(
  deps: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json());

  const routeDeps: RouterOptions = {
    ...deps,
    statusCache: deps.statusCache ?? new StatusCache(),
    repositoryFiles:
      deps.repositoryFiles ??
      new RepositoryFileCache({ reader: deps.urlReader }),
  };
  addStatusRoute(router, routeDeps);
  addPermissionsRoute(router, routeDeps);
  addScaleRoute(router, routeDeps);
  addRedeployRoute(router, routeDeps);
  addValuesRoute(router, routeDeps);
  addManifestsRoute(router, routeDeps);

  router.use(createErrorHandler(deps.logger));
  return router;
}
