import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  ManifestComparisonResponse,
  RedeployRequest,
  RedeployResponse,
  RepositoryValuesResponse,
  ScaleRequest,
  ScaleResponse,
  StatefulSetActionPermissionsResponse,
  StatefulSetStatusResponse,
} from '@internal/backstage-plugin-statefulset-common';
import type { StatefulSetApi } from './StatefulSetApi';

/**
 * Calls the `statefulset` backend plugin with the signed-in user's
 * credentials, which `fetchApi` adds.
 *
 * @public
 */
export class StatefulSetClient implements StatefulSetApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getStatus(entityRef: string): Promise<StatefulSetStatusResponse> {
    const query = new URLSearchParams({ entityRef });
    return this.request(`/status?${query}`, { method: 'GET' });
  }

  async getPermissions(
    entityRef: string,
  ): Promise<StatefulSetActionPermissionsResponse> {
    const query = new URLSearchParams({ entityRef });
    return this.request(`/permissions?${query}`, { method: 'GET' });
  }

  async scale(request: ScaleRequest): Promise<ScaleResponse> {
    return this.request('/scale', jsonBody(request));
  }

  async redeploy(request: RedeployRequest): Promise<RedeployResponse> {
    return this.request('/redeploy', jsonBody(request));
  }

  async getRepositoryValues(
    entityRef: string,
  ): Promise<RepositoryValuesResponse> {
    const query = new URLSearchParams({ entityRef });
    return this.request(`/values?${query}`, { method: 'GET' });
  }

  async getManifestComparison(request: {
    entityRef: string;
    cluster: string;
  }): Promise<ManifestComparisonResponse> {
    const query = new URLSearchParams(request);
    return this.request(`/manifests?${query}`, { method: 'GET' });
  }

  private async request<T>(path: string, init: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('statefulset');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);

    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }

    return (await response.json()) as T;
  }
}

function jsonBody(body: object): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}
