import { statefulSetScalePermission } from '@internal/backstage-plugin-statefulset-common';
import Router from 'express-promise-router';
import { scaleStatefulSet } from '../actions/scaleStatefulSet';
import { parseRequest, scaleBodySchema } from './requestSchemas';
import { RouterOptions, SCALE_EXAMPLE } from './RouterOptions';
import { runWorkloadAction } from './runWorkloadAction';

/**
 * Adds POST /scale. Each valid request emits one `statefulset-scale` audit
 * event, and the permission check comes before any cluster request.
 */
export function addScaleRoute(
  router: ReturnType<typeof Router>,
  deps: RouterOptions,
): void {
  router.post('/scale', async (req, res) => {
    const body = parseRequest(
      scaleBodySchema(deps.options.maxReplicas),
      req.body,
      SCALE_EXAMPLE,
    );

    const result = await runWorkloadAction(deps, req, {
      eventId: 'statefulset-scale',
      permission: statefulSetScalePermission,
      entityRef: body.entityRef,
      cluster: body.cluster,
      requestMeta: {
        expectedReplicas: body.expectedReplicas,
        requestedReplicas: body.replicas,
      },
      failureSubject: `Scale to ${body.replicas} replicas`,
      run: ({ client, namespace, name }) =>
        scaleStatefulSet({
          client,
          namespace,
          name,
          replicas: body.replicas,
          expectedReplicas: body.expectedReplicas,
        }),
      describeResult: ({ previousReplicas, replicas }) =>
        `Scaled from ${previousReplicas} to ${replicas} replicas`,
      resultMeta: ({ previousReplicas, replicas }) => ({
        previousReplicas,
        replicas,
      }),
    });

    res.json(result);
  });
}
