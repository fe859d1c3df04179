import { HumanDuration } from '@backstage/types';

export interface Config {
  statefulset?: {
    /**
     * Highest replica count that the scale route accepts. Defaults to 50.
     */
    maxReplicas?: number;

    /**
     * Time after which a request to a cluster's API server is abandoned and
     * reported as timed out, e.g. `{ seconds: 10 }` or `10s`. Defaults to
     * 10 seconds.
     */
    requestTimeout?: HumanDuration | string;

    /**
     * Path of a kubeconfig file for local use. Each of its contexts becomes a
     * cluster named after the context, beside the clusters of the
     * `kubernetes.clusterLocatorMethods` config entries. Nothing is read when
     * this key is absent; the default `~/.kube/config` is never read.
     */
    kubeconfig?: string;

    /**
     * Contexts of the kubeconfig file to use. Defaults to all of them.
     */
    kubeconfigContexts?: string[];

    /**
     * Permission policy that the module of the `./policy` entry point
     * installs: `allowAll` (the default) allows every request; `ownersOnly`
     * lets only an entity's owners scale, redeploy or edit its StatefulSet and
     * allows everything else.
     */
    permissionPolicy?: 'allowAll' | 'ownersOnly';

    /**
     * Docker Registry HTTP API v2 servers whose repositories and tags the
     * wizard's image field suggests. The backend queries them, so the
     * credentials never reach the browser.
     */
    registries?: Array<{
      /** Name shown in the wizard, e.g. `internal`. */
      name: string;
      /** Base URL without `/v2`, e.g. `https://registry.example.com:5000`. */
      url: string;
      /** User name for basic authentication. */
      username?: string;
      /**
       * Password for basic authentication.
       * @visibility secret
       */
      password?: string;
      /**
       * Bearer token, used instead of basic authentication when set.
       * @visibility secret
       */
      token?: string;
    }>;
  };
}
