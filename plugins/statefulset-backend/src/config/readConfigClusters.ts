import { Config } from '@backstage/config';
import { LoggerService } from '@backstage/backend-plugin-api';
import { KubeConfig } from '@kubernetes/client-node';
import { ClusterDefinition } from './ClusterDefinition';

/** Keys that the standard Kubernetes plugin accepts on a `config` cluster. */
const KNOWN_CLUSTER_KEYS = new Set([
  'url',
  'name',
  'title',
  'serviceAccountToken',
  'authProvider',
  'assumeRole',
  'externalId',
  'authMetadata',
  'oidcTokenProvider',
  'skipTLSVerify',
  'skipMetricsLookup',
  'caData',
  'caFile',
  'customResources',
  'dashboardUrl',
  'dashboardApp',
  'dashboardParameters',
]);

/** Port and address that `kubectl proxy` listens on by default. */
const KUBECTL_PROXY_URL = 'http://127.0.0.1:8001';

/**
 * Reads the clusters of `kubernetes.clusterLocatorMethods`, the block that the
 * standard Kubernetes plugin reads too. Supports the `config` method with
 * `authProvider: serviceAccount` and the `localKubectlProxy` method; clusters
 * of other methods or auth providers are listed as unusable with the reason.
 */
export function readConfigClusters(
  config: Config,
  logger: LoggerService,
): ClusterDefinition[] {
  const methods =
    config.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? [];
  const clusters: ClusterDefinition[] = [];

  methods.forEach((method, methodIndex) => {
    const source = `kubernetes.clusterLocatorMethods[${methodIndex}]`;
    const type = method.getString('type');

    if (type === 'config') {
      const entries = method.getOptionalConfigArray('clusters') ?? [];
      entries.forEach((entry, clusterIndex) => {
        clusters.push(
          readConfigCluster(
            entry,
            `${source}.clusters[${clusterIndex}]`,
            logger,
          ),
        );
      });
      return;
    }

    if (type === 'localKubectlProxy') {
      clusters.push({
        name: 'local',
        source,
        kubeConfig: buildKubeConfig({ name: 'local', url: KUBECTL_PROXY_URL }),
      });
      return;
    }

    logger.warn(
      `Cluster locator method '${type}' at ${source} is not supported by the statefulset plugin, so its clusters are not used; list them with type 'config' instead`,
    );
  });

  return clusters;
}

function readConfigCluster(
  entry: Config,
  source: string,
  logger: LoggerService,
): ClusterDefinition {
  const name = entry.getString('name');
  const url = entry.getString('url');

  for (const key of entry.keys()) {
    if (!KNOWN_CLUSTER_KEYS.has(key)) {
      logger.warn(
        `Unknown key '${key}' in cluster '${name}' at ${source}; known keys are ${[
          ...KNOWN_CLUSTER_KEYS,
        ].join(', ')}`,
      );
    }
  }

  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw new Error(
      `Invalid config ${source}.url: '${url}' is not a URL; use the API server's address, e.g. https://127.0.0.1:6443`,
    );
  }
  if (parsedUrl.protocol !== 'https:' && parsedUrl.protocol !== 'http:') {
    throw new Error(
      `Invalid config ${source}.url: '${url}' uses ${parsedUrl.protocol}; use an http or https URL, e.g. https://127.0.0.1:6443`,
    );
  }

  const authProvider =
    entry.getOptionalString('authProvider') ?? 'serviceAccount';
  if (authProvider !== 'serviceAccount') {
    return {
      name,
      source,
      unusableReason: `Cluster '${name}' uses authProvider '${authProvider}', which the statefulset plugin does not support; use authProvider serviceAccount with a serviceAccountToken`,
    };
  }

  // NOTE: the standard Kubernetes plugin falls back to the in-cluster service
  // account token when serviceAccountToken is absent; this plugin does not.
  const token = entry.getOptionalString('serviceAccountToken');
  if (!token) {
    return {
      name,
      source,
      unusableReason: `Cluster '${name}' has no serviceAccountToken; set ${source}.serviceAccountToken to a token of a service account that may read and scale StatefulSets`,
    };
  }

  return {
    name,
    source,
    kubeConfig: buildKubeConfig({
      name,
      url,
      token,
      caData: entry.getOptionalString('caData'),
      caFile: entry.getOptionalString('caFile'),
      skipTLSVerify: entry.getOptionalBoolean('skipTLSVerify') ?? false,
    }),
  };
}

function buildKubeConfig(options: {
  name: string;
  url: string;
  token?: string;
  caData?: string;
  caFile?: string;
  skipTLSVerify?: boolean;
}): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [
      {
        name: options.name,
        server: options.url,
        caData: options.caData,
        caFile: options.caFile,
        // @kubernetes/client-node 1.x rejects http URLs unless skipTLSVerify
        // is set, although a plain-HTTP connection has no TLS to verify.
        skipTLSVerify:
          (options.skipTLSVerify ?? false) || options.url.startsWith('http:'),
      },
    ],
    users: [{ name: 'backstage', token: options.token }],
    contexts: [
      { name: options.name, cluster: options.name, user: 'backstage' },
    ],
    currentContext: options.name,
  });
  return kubeConfig;
}
