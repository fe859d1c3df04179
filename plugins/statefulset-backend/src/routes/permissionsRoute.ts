import {
  StatefulSetActionPermissionsResponse,
  statefulSetEditPermission,
  statefulSetRedeployPermission,
  statefulSetScalePermission,
} from '@internal/backstage-plugin-statefulset-common';
import Router from 'express-promise-router';
import {
  authorizeEntityActions,
  describeDenial,
} from '../permissions/entityPermissions';
import { loadEntity } from './loadWorkload';
import { entityQuerySchema, parseRequest } from './requestSchemas';
import { ENTITY_QUERY_EXAMPLE, RouterOptions } from './RouterOptions';

/** Adds GET /permissions: which actions the caller may take on the entity. */
export function addPermissionsRoute(
  router: ReturnType<typeof Router>,
  deps: RouterOptions,
): void {
  const { httpAuth, catalog, permissions } = deps;

  router.get('/permissions', async (req, res) => {
    const { entityRef } = parseRequest(
      entityQuerySchema,
      req.query,
      ENTITY_QUERY_EXAMPLE,
    );
    const credentials = await httpAuth.credentials(req);

    await loadEntity({ catalog, entityRef, credentials });

    const [scale, redeploy, edit] = await authorizeEntityActions({
      permissions,
      credentials,
      entityRef,
      actions: [
        statefulSetScalePermission,
        statefulSetRedeployPermission,
        statefulSetEditPermission,
      ],
    });

    const response: StatefulSetActionPermissionsResponse = {
      entityRef,
      scale: scale
        ? { allowed: true }
        : {
            allowed: false,
            reason: describeDenial(statefulSetScalePermission, entityRef),
          },
      redeploy: redeploy
        ? { allowed: true }
        : {
            allowed: false,
            reason: describeDenial(statefulSetRedeployPermission, entityRef),
          },
      edit: edit
        ? { allowed: true }
        : {
            allowed: false,
            reason: describeDenial(statefulSetEditPermission, entityRef),
          },
    };
    res.json(response);
  });
}
