import express from 'express';
import Router from 'express-promise-router';
import { StatusCache } from '../cache/StatusCache';
import { createErrorHandler } from './errorHandler';
import { addPermissionsRoute } from './permissionsRoute';
import { addRedeployRoute } from './redeployRoute';
import { RouterOptions } from './RouterOptions';
import { addScaleRoute } from './scaleRoute';
import { addStatusRoute } from './statusRoute';

export type { RouterOptions } from './RouterOptions';

/**
 * Creates the routes of the statefulset backend plugin: the status of an
 * entity's StatefulSet, the caller's allowed actions, scale and redeploy.
 * Cluster, namespace and name always come from the entity's annotations.
 */
export async function createRouter(
  deps: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json());

  const routeDeps: RouterOptions = {
    ...deps,
    statusCache: deps.statusCache ?? new StatusCache(),
  };
  addStatusRoute(router, routeDeps);
  addPermissionsRoute(router, routeDeps);
  addScaleRoute(router, routeDeps);
  addRedeployRoute(router, routeDeps);

  router.use(createErrorHandler(deps.logger));
  return router;
}
