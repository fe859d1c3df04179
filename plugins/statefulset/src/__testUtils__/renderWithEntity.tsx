import type { ReactElement } from 'react';
import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { AlertMessage } from '@backstage/frontend-plugin-api';
import {
  mockApis,
  renderInTestApp,
  type TestAppRenderResult,
} from '@backstage/frontend-test-utils';
import type { StatefulSetApi } from '../api/StatefulSetApi';
import { statefulSetApiRef } from '../api/StatefulSetApi';
import { templatePageRouteRef } from '../routes';

/** Path of the scaffolder's template page in tests. */
export const TEMPLATE_PAGE_PATH = '/create/templates/:namespace/:templateName';

/** Component `web` that points at StatefulSet `web` and has a source repository. */
export const webEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'web',
    annotations: {
      'backstage.io/kubernetes-id': 'web',
      'backstage.io/kubernetes-namespace': 'shop',
      'backstage.io/source-location':
        'url:https://git.example/shop/web/tree/main/',
    },
  },
  spec: {
    type: 'service',
    owner: 'group:default/shop',
    lifecycle: 'production',
  },
};

/**
 * Renders an element inside a test app with the entity in context, the given
 * StatefulSetApi and a fake alert API, which the result returns. The
 * plugin's template page route is mounted at {@link TEMPLATE_PAGE_PATH}.
 */
export function renderWithEntity(
  element: ReactElement,
  options: { api: StatefulSetApi; entity?: Entity },
): TestAppRenderResult & { alertApi: { getAlerts(): AlertMessage[] } } {
  const alertApi = mockApis.alert();
  const result = renderInTestApp(
    <EntityProvider entity={options.entity ?? webEntity}>
      {element}
    </EntityProvider>,
    {
      apis: [[statefulSetApiRef, options.api], alertApi],
      mountedRoutes: { [TEMPLATE_PAGE_PATH]: templatePageRouteRef },
    },
  );
  return { ...result, alertApi };
}
