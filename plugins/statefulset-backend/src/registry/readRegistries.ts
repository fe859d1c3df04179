import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** One Docker Registry HTTP API v2 server from `statefulset.registries`. */
export type RegistryDefinition = {
  name: string;
  /** Base URL without `/v2`, for example https://registry.example.com. */
  url: string;
  /** Host and port as image references spell it, for example registry.example.com:5000. */
  host: string;
  /** Value of the Authorization header, or undefined for anonymous access. */
  authorization?: string;
};

/**
 * Reads `statefulset.registries`. Each entry takes `name`, `url`, and either
 * `username` and `password` (basic) or `token` (bearer).
 */
export function readRegistries(config: Config): RegistryDefinition[] {
  const entries = config.getOptionalConfigArray('statefulset.registries') ?? [];

  return entries.map(entry => {
    const name = entry.getString('name');
    const url = entry.getString('url').replace(/\/+$/, '');
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      throw new InputError(
        `statefulset.registries: registry "${name}" has an invalid url "${url}", expected for example https://registry.example.com:5000`,
      );
    }

    const username = entry.getOptionalString('username');
    const password = entry.getOptionalString('password');
    const token = entry.getOptionalString('token');
    let authorization: string | undefined;
    if (token) {
      authorization = `Bearer ${token}`;
    } else if (username !== undefined) {
      const credentials = Buffer.from(`${username}:${password ?? ''}`).toString(
        'base64',
      );
      authorization = `Basic ${credentials}`;
    }

    return { name, url, host, authorization };
  });
}
