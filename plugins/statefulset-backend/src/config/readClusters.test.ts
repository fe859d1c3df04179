import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readClusters } from './readClusters';
import { readStatefulSetOptions } from './readStatefulSetOptions';
import { warnMisspelledKeys } from './warnMisspelledKeys';

const KUBECONFIG = `
apiVersion: v1
kind: Config
clusters:
  - name: kind-a
    cluster: { server: https://127.0.0.1:6443, insecure-skip-tls-verify: true }
  - name: kind-b
    cluster: { server: http://127.0.0.1:8080 }
users:
  - name: admin
    user: { token: kubeconfig-token }
contexts:
  - name: kind-a
    context: { cluster: kind-a, user: admin }
  - name: kind-b
    context: { cluster: kind-b, user: admin }
current-context: kind-a
`;

function read(data: JsonObject) {
  const config = new ConfigReader(data);
  const logger = mockServices.logger.mock();
  const clusters = readClusters(config, readStatefulSetOptions(config), logger);
  return { clusters, logger };
}

function configCluster(cluster: JsonObject): JsonObject {
  return {
    kubernetes: {
      clusterLocatorMethods: [{ type: 'config', clusters: [cluster] }],
    },
  };
}

describe('readClusters', () => {
  const directory = createMockDirectory();

  it('returns no cluster without config', () => {
    expect(read({}).clusters).toEqual([]);
  });

  it('builds a client config per config cluster', () => {
    const { clusters } = read(
      configCluster({
        name: 'production',
        url: 'https://127.0.0.1:6443',
        authProvider: 'serviceAccount',
        serviceAccountToken: 'token-a',
        caData: 'Y2E=',
      }),
    );

    expect(clusters).toHaveLength(1);
    expect(clusters[0].name).toBe('production');
    const kubeConfig = clusters[0].kubeConfig!;
    expect(kubeConfig.getCurrentCluster()).toMatchObject({
      server: 'https://127.0.0.1:6443',
      caData: 'Y2E=',
      skipTLSVerify: false,
    });
    expect(kubeConfig.getCurrentUser()?.token).toBe('token-a');
  });

  it.each([
    [
      { authProvider: 'aws', serviceAccountToken: 't' },
      "uses authProvider 'aws'",
    ],
    [{ authProvider: 'serviceAccount' }, 'has no serviceAccountToken'],
  ])('marks cluster %j unusable', (settings, expected) => {
    const { clusters } = read(
      configCluster({
        name: 'production',
        url: 'https://127.0.0.1:6443',
        ...settings,
      }),
    );

    expect(clusters[0].kubeConfig).toBeUndefined();
    expect(clusters[0].unusableReason).toContain(expected);
  });

  it('warns about an unknown cluster key', () => {
    const { logger } = read(
      configCluster({
        name: 'production',
        url: 'https://127.0.0.1:6443',
        serviceAcountToken: 'typo',
      }),
    );

    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        "Unknown key 'serviceAcountToken' in cluster 'production'",
      ),
    );
  });

  it('rejects a URL that is not http or https', () => {
    expect(() =>
      read(
        configCluster({
          name: 'production',
          url: 'ftp://127.0.0.1',
          serviceAccountToken: 't',
        }),
      ),
    ).toThrow(
      "Invalid config kubernetes.clusterLocatorMethods[0].clusters[0].url: 'ftp://127.0.0.1' uses ftp:",
    );
  });

  it('maps localKubectlProxy to the loopback proxy', () => {
    const { clusters } = read({
      kubernetes: { clusterLocatorMethods: [{ type: 'localKubectlProxy' }] },
    });

    expect(clusters[0].name).toBe('local');
    expect(clusters[0].kubeConfig?.getCurrentCluster()?.server).toBe(
      'http://127.0.0.1:8001',
    );
  });

  it('reads each kubeconfig context as a cluster', () => {
    directory.setContent({ 'kubeconfig.yaml': KUBECONFIG });

    const { clusters } = read({
      statefulset: { kubeconfig: directory.resolve('kubeconfig.yaml') },
    });

    expect(clusters.map(cluster => cluster.name)).toEqual(['kind-a', 'kind-b']);
    expect(clusters[1].kubeConfig?.getCurrentCluster()).toMatchObject({
      server: 'http://127.0.0.1:8080',
      skipTLSVerify: true,
    });
  });

  it('selects kubeconfig contexts', () => {
    directory.setContent({ 'kubeconfig.yaml': KUBECONFIG });

    const { clusters } = read({
      statefulset: {
        kubeconfig: directory.resolve('kubeconfig.yaml'),
        kubeconfigContexts: ['kind-b'],
      },
    });

    expect(clusters.map(cluster => cluster.name)).toEqual(['kind-b']);
  });

  it('rejects an unknown kubeconfig context', () => {
    directory.setContent({ 'kubeconfig.yaml': KUBECONFIG });

    expect(() =>
      read({
        statefulset: {
          kubeconfig: directory.resolve('kubeconfig.yaml'),
          kubeconfigContexts: ['kind-c'],
        },
      }),
    ).toThrow('kind-c not found');
  });

  it('rejects a missing kubeconfig file', () => {
    expect(() =>
      read({ statefulset: { kubeconfig: directory.resolve('missing.yaml') } }),
    ).toThrow(
      'Invalid config statefulset.kubeconfig: cannot read kubeconfig file',
    );
  });

  it('rejects a duplicate cluster name', () => {
    directory.setContent({ 'kubeconfig.yaml': KUBECONFIG });

    expect(() =>
      read({
        ...configCluster({
          name: 'kind-a',
          url: 'https://127.0.0.1:6443',
          serviceAccountToken: 't',
        }),
        statefulset: { kubeconfig: directory.resolve('kubeconfig.yaml') },
      }),
    ).toThrow("Cluster name 'kind-a' is defined twice");
  });
});

describe('readStatefulSetOptions', () => {
  it('applies the defaults', () => {
    expect(readStatefulSetOptions(new ConfigReader({}))).toEqual({
      maxReplicas: 50,
      requestTimeoutMs: 10_000,
      kubeconfig: undefined,
    });
  });

  it('reads a duration string', () => {
    const options = readStatefulSetOptions(
      new ConfigReader({ statefulset: { requestTimeout: '3s' } }),
    );

    expect(options.requestTimeoutMs).toBe(3000);
  });

  it.each([
    [{ maxReplicas: 0 }, 'Invalid config statefulset.maxReplicas: 0'],
    [{ maxReplicas: 2.5 }, 'Invalid config statefulset.maxReplicas: 2.5'],
    [{ maxReplicas: 'many' }, 'statefulset.maxReplicas'],
    [{ kubeconfigContexts: ['a'] }, 'statefulset.kubeconfig, which is not set'],
  ])('rejects %j', (block, expected) => {
    expect(() =>
      readStatefulSetOptions(new ConfigReader({ statefulset: block })),
    ).toThrow(expected);
  });
});

describe('warnMisspelledKeys', () => {
  it.each([
    ['maxReplica', 'statefulset.maxReplicas'],
    ['kubeConfig', 'statefulset.kubeconfig'],
    ['requestTimout', 'statefulset.requestTimeout'],
  ])('suggests a key for %s', (key, expected) => {
    const logger = mockServices.logger.mock();

    warnMisspelledKeys(new ConfigReader({ statefulset: { [key]: 1 } }), logger);

    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(`did you mean ${expected}?`),
    );
  });

  it('ignores keys of other packages', () => {
    const logger = mockServices.logger.mock();

    warnMisspelledKeys(
      new ConfigReader({
        statefulset: { localGitRoot: '/tmp', registries: [] },
      }),
      logger,
    );

    expect(logger.warn).not.toHaveBeenCalled();
  });
});
