import type {
  ClusterStatefulSetStatus,
  StatefulSetActionPermissionsResponse,
} from '@internal/backstage-plugin-statefulset-common';
import type { StatefulSetApi } from '../api/StatefulSetApi';

export const ENTITY_REF = 'component:default/web';

const ALLOW_ALL: StatefulSetActionPermissionsResponse = {
  entityRef: ENTITY_REF,
  scale: { allowed: true },
  redeploy: { allowed: true },
  edit: { allowed: true },
};

/**
 * A StatefulSetApi whose methods are jest mocks: `getStatus` returns the
 * given clusters, `getPermissions` allows every action unless `permissions`
 * overrides it, and the set matches Git.
 */
export function makeFakeApi(
  clusters: ClusterStatefulSetStatus[],
  permissions: Partial<StatefulSetActionPermissionsResponse> = {},
): jest.Mocked<StatefulSetApi> {
  return {
    getStatus: jest.fn().mockResolvedValue({ entityRef: ENTITY_REF, clusters }),
    getPermissions: jest
      .fn()
      .mockResolvedValue({ ...ALLOW_ALL, ...permissions }),
    scale: jest.fn().mockResolvedValue({
      cluster: 'local',
      previousReplicas: 3,
      replicas: 5,
    }),
    redeploy: jest.fn().mockResolvedValue({
      cluster: 'local',
      restartedAt: '2026-12-04T12:00:00Z',
    }),
    getRepositoryValues: jest.fn().mockResolvedValue({
      entityRef: ENTITY_REF,
      valuesUrl: 'https://git.example/shop/web/blob/main/values.yaml',
      values: { name: 'web', namespace: 'shop', replicas: 3 },
    }),
    getManifestComparison: jest.fn().mockResolvedValue({
      entityRef: ENTITY_REF,
      cluster: 'local',
      namespace: 'shop',
      name: 'web',
      live: 'spec:\n  replicas: 3\n',
      git: 'spec:\n  replicas: 3\n',
      differences: [],
      drift: false,
    }),
  };
}
