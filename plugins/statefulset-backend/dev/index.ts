import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

// Standalone backend for developing the plugin: `yarn start` in this folder.
// Authentication and permissions are mocked, and the catalog contains one
// component that points at the StatefulSet `nginx` in namespace `default`.
// Clusters come from the app-config files given with --config, e.g.
//
//   yarn start --config ../../app-config.yaml --config my-clusters.yaml
//   curl 'http://localhost:7007/api/statefulset/status?entityRef=component:default/nginx'

const backend = createBackend();

backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(
  mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
);

backend.add(
  catalogServiceMock.factory({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'nginx',
          namespace: 'default',
          annotations: {
            'backstage.io/kubernetes-id': 'nginx',
            'backstage.io/kubernetes-namespace': 'default',
          },
        },
        spec: { type: 'service', lifecycle: 'experimental', owner: 'guests' },
      },
    ],
  }),
);

backend.add(import('../src'));

backend.start();
