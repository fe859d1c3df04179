import { ClusterDefinition } from '../config/ClusterDefinition';
import { ClusterClient } from './ClusterClient';

/** Result of looking a cluster up by name. */
export type ClusterLookup =
  | { found: true; client: ClusterClient }
  | { found: false; configured: boolean; message: string };

/** The configured clusters, by name, each with its API client. */
export class ClusterRegistry {
  readonly #clients = new Map<string, ClusterClient>();
  readonly #unusable = new Map<string, string>();
  readonly #names: string[] = [];

  constructor(
    definitions: ClusterDefinition[],
    options: { timeoutMs: number },
  ) {
    for (const definition of definitions) {
      this.#names.push(definition.name);
      if (definition.kubeConfig) {
        this.#clients.set(
          definition.name,
          new ClusterClient({
            name: definition.name,
            kubeConfig: definition.kubeConfig,
            timeoutMs: options.timeoutMs,
          }),
        );
      } else {
        this.#unusable.set(
          definition.name,
          definition.unusableReason ??
            `Cluster '${definition.name}' cannot be used`,
        );
      }
    }
  }

  /** Names of all configured clusters, usable or not, in config order. */
  names(): string[] {
    return [...this.#names];
  }

  isEmpty(): boolean {
    return this.#names.length === 0;
  }

  lookup(name: string): ClusterLookup {
    const client = this.#clients.get(name);
    if (client) {
      return { found: true, client };
    }

    const reason = this.#unusable.get(name);
    if (reason) {
      return { found: false, configured: true, message: reason };
    }

    const known = this.names();
    return {
      found: false,
      configured: false,
      message: `Cluster '${name}' is not configured; configured clusters are ${
        known.length > 0 ? known.join(', ') : 'none'
      }. Add it under kubernetes.clusterLocatorMethods in app-config.yaml or fix the entity's backstage.io/kubernetes-cluster annotation`,
    };
  }
}
