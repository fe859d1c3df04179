import { statefulSetRedeployPermission } from '@internal/backstage-plugin-statefulset-common';
import Router from 'express-promise-router';
import { redeployStatefulSet } from '../actions/redeployStatefulSet';
import { parseRequest, redeployBodySchema } from './requestSchemas';
import { REDEPLOY_EXAMPLE, RouterOptions } from './RouterOptions';
import { runWorkloadAction } from './runWorkloadAction';

/**
 * Adds POST /redeploy. Each valid request emits one `statefulset-redeploy`
 * audit event, and the permission check comes before any cluster request.
 */
export function addRedeployRoute(
  router: ReturnType<typeof Router>,
  deps: RouterOptions,
): void {
  router.post('/redeploy', async (req, res) => {
    const body = parseRequest(redeployBodySchema, req.body, REDEPLOY_EXAMPLE);

    const result = await runWorkloadAction(deps, req, {
      eventId: 'statefulset-redeploy',
      permission: statefulSetRedeployPermission,
      entityRef: body.entityRef,
      cluster: body.cluster,
      failureSubject: 'Redeploy',
      run: ({ client, namespace, name }) =>
        redeployStatefulSet({ client, namespace, name }),
      describeResult: ({ restartedAt }) => `Redeployed at ${restartedAt}`,
      resultMeta: ({ restartedAt }) => ({ restartedAt }),
    });

    res.json(result);
  });
}
