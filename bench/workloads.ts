import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AppsV1Api,
  CoreV1Api,
  KubeConfig,
  KubernetesObjectApi,
  RbacAuthorizationV1Api,
} from '@kubernetes/client-node';
import {
  buildManifests,
  validateStatefulSetValues,
  formatFieldErrors,
} from '@internal/backstage-plugin-statefulset-common';
import { parse } from 'yaml';
import { waitUntil } from './stats.ts';

export const BENCH_NAMESPACE = 'bench';
const PORTAL_NAMESPACE = 'statefulset-portal';
const PORTAL_ACCOUNT = 'bench-portal';

/** Loads the admin kubeconfig that tools/cluster/start wrote. */
export function adminKubeConfig(stateDir: string): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(join(stateDir, 'admin.kubeconfig'));
  return kubeConfig;
}

/**
 * Creates the service account the portal uses in the benchmark: read access
 * through the built-in `view` role, so the standard Kubernetes backend can
 * list every workload kind, plus the StatefulSet portal's own role for
 * scale and redeploy. Returns a one-hour token for it.
 */
export async function createPortalToken(
  kubeConfig: KubeConfig,
): Promise<string> {
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const rbac = kubeConfig.makeApiClient(RbacAuthorizationV1Api);

  await core.createNamespacedServiceAccount({
    namespace: PORTAL_NAMESPACE,
    body: { metadata: { name: PORTAL_ACCOUNT } },
  });
  for (const role of ['view', 'statefulset-portal-backend']) {
    await rbac.createClusterRoleBinding({
      body: {
        metadata: { name: `${PORTAL_ACCOUNT}-${role}` },
        roleRef: {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'ClusterRole',
          name: role,
        },
        subjects: [
          {
            kind: 'ServiceAccount',
            name: PORTAL_ACCOUNT,
            namespace: PORTAL_NAMESPACE,
          },
        ],
      },
    });
  }

  const request = await core.createNamespacedServiceAccountToken({
    name: PORTAL_ACCOUNT,
    namespace: PORTAL_NAMESPACE,
    body: { spec: { audiences: [], expirationSeconds: 3600 } },
  });
  return request.status!.token;
}

/**
 * Values of the NGINX example for a set of `replicas` pods named
 * `bench-<replicas>`. Sets above 3 pods drop the claim template and start
 * their pods in parallel, so 1000 pods need no 1000 volumes and no
 * one-by-one start.
 */
export function benchValues(repositoryRoot: string, replicas: number): unknown {
  const example = parse(
    readFileSync(
      join(repositoryRoot, 'templates/statefulset/examples/nginx.yaml'),
      'utf8',
    ),
  );
  const values = {
    ...example,
    name: `bench-${replicas}`,
    namespace: BENCH_NAMESPACE,
    replicas,
  };
  if (replicas > 3) {
    delete values.volumeClaimTemplates;
    values.podManagementPolicy = 'Parallel';
    values.containers = values.containers.map((container: any) => ({
      ...container,
      volumeMounts: undefined,
    }));
  }
  return values;
}

/** Creates the namespace and one set per size, and waits until all pods are ready. */
export async function createBenchSets(
  kubeConfig: KubeConfig,
  repositoryRoot: string,
  sizes: number[],
): Promise<void> {
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const objects = KubernetesObjectApi.makeApiClient(kubeConfig);
  const apps = kubeConfig.makeApiClient(AppsV1Api);

  await core.createNamespace({ body: { metadata: { name: BENCH_NAMESPACE } } });
  await waitUntil(
    'the default service account in the bench namespace',
    async () => {
      await core.readNamespacedServiceAccount({
        name: 'default',
        namespace: BENCH_NAMESPACE,
      });
      return true;
    },
    60_000,
  );

  for (const replicas of sizes) {
    const result = validateStatefulSetValues(
      benchValues(repositoryRoot, replicas),
    );
    if (!result.success) {
      throw new Error(
        `invalid bench values:\n${formatFieldErrors(result.errors)}`,
      );
    }
    for (const object of buildManifests(result.values)) {
      await objects.create(object);
    }
  }

  for (const replicas of sizes) {
    await waitUntil(
      `${replicas} ready pods of bench-${replicas}`,
      async () => {
        const set = await apps.readNamespacedStatefulSet({
          name: `bench-${replicas}`,
          namespace: BENCH_NAMESPACE,
        });
        return set.status?.readyReplicas === replicas ? true : undefined;
      },
      600_000,
      2_000,
    );
  }
}

/** Catalog entities of the bench sets, in the YAML of a catalog file location. */
export function benchEntitiesYaml(sizes: number[]): string {
  return sizes
    .map(replicas => {
      const name = `bench-${replicas}`;
      return [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        `  name: ${name}`,
        '  annotations:',
        `    backstage.io/kubernetes-id: ${name}`,
        `    backstage.io/kubernetes-namespace: ${BENCH_NAMESPACE}`,
        '    backstage.io/kubernetes-cluster: bench',
        `    backstage.io/kubernetes-label-selector: app.kubernetes.io/name=${name},app.kubernetes.io/instance=${name}`,
        'spec:',
        '  type: service',
        '  lifecycle: experimental',
        '  owner: group:default/guests',
      ].join('\n');
    })
    .join('\n---\n');
}
