import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';

/** One repository of a registry listed under `statefulset.registries`. */
export type RegistryRepository = {
  /** Registry name from the configuration. */
  registry: string;
  /** Image repository as a container runtime pulls it, with the registry host. */
  image: string;
};

/** Calls the `statefulset` backend's registry routes; the browser never contacts a registry. */
export class RegistryClient {
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  async listRepositories(): Promise<RegistryRepository[]> {
    const body = await this.get('/registry/repositories');
    return body.repositories;
  }

  async listTags(image: string): Promise<string[]> {
    const query = new URLSearchParams({ image });
    const body = await this.get(`/registry/tags?${query}`);
    return body.tags;
  }

  private async get(path: string) {
    const baseUrl = await this.options.discoveryApi.getBaseUrl('statefulset');
    const response = await this.options.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
