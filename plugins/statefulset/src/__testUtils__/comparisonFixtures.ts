import type { ManifestComparisonResponse } from '@internal/backstage-plugin-statefulset-common';
import { ENTITY_REF } from './fakeStatefulSetApi';

export const GIT_YAML = [
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: web',
  '  namespace: shop',
  'spec:',
  '  replicas: 3',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: nginx:1.27',
  '',
].join('\n');

export const LIVE_YAML = [
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: web',
  '  namespace: shop',
  'spec:',
  '  replicas: 5',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: nginx:1.28',
  '',
].join('\n');

/**
 * Comparison of set `web` in cluster `local` whose live replicas (5) and
 * image (nginx:1.28) differ from Git (3, nginx:1.27).
 */
export function makeDriftComparison(
  overrides: Partial<ManifestComparisonResponse> = {},
): ManifestComparisonResponse {
  return {
    entityRef: ENTITY_REF,
    cluster: 'local',
    namespace: 'shop',
    name: 'web',
    live: LIVE_YAML,
    git: GIT_YAML,
    gitUrl: 'https://git.example/shop/web/blob/main/manifests/statefulset.yaml',
    differences: [
      { path: 'spec.replicas', git: '3', live: '5' },
      {
        path: 'spec.template.spec.containers[0].image',
        git: 'nginx:1.27',
        live: 'nginx:1.28',
      },
    ],
    drift: true,
    ...overrides,
  };
}
