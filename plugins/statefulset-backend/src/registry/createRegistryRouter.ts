import type {
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { InputError, NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { readRegistries } from './readRegistries';
import { listCatalog, listTags } from './registryClient';

/** Time after which a registry request is abandoned. */
const REGISTRY_TIMEOUT_MS = 10_000;

const repositoryPattern =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

const IMAGE_MISSING =
  'is missing, expected for example registry.example.com:5000/team/app';

const tagsQuery = z.object({
  image: z.string({ required_error: IMAGE_MISSING }).min(1, IMAGE_MISSING),
});

/**
 * Routes that suggest image repositories and tags from the registries in
 * `statefulset.registries`, so the wizard never contacts a registry from the
 * browser and credentials stay on the server:
 *
 * - `GET /registry/repositories` returns `{ repositories: [{ registry, image }], errors }`
 * - `GET /registry/tags?image=<host>/<repository>` returns `{ tags }`, sorted
 */
export function createRegistryRouter(options: {
  config: Config;
  httpAuth: HttpAuthService;
  logger: LoggerService;
}): express.Router {
  const { config, httpAuth, logger } = options;
  const registries = readRegistries(config);
  const router = Router();

  router.get('/registry/repositories', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user'] });

    const results = await Promise.allSettled(
      registries.map(async registry => {
        const names = await listCatalog(
          registry,
          AbortSignal.timeout(REGISTRY_TIMEOUT_MS),
        );
        return names.map(name => ({
          registry: registry.name,
          image: `${registry.host}/${name}`,
        }));
      }),
    );

    const repositories = results.flatMap(r =>
      r.status === 'fulfilled' ? r.value : [],
    );
    const errors = results.flatMap((result, index) => {
      if (result.status === 'fulfilled') return [];
      const message = `listing repositories of registry "${registries[index].name}" failed: ${result.reason}`;
      logger.warn(message);
      return [{ registry: registries[index].name, message }];
    });
    res.json({ repositories, errors });
  });

  router.get('/registry/tags', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user'] });

    const query = tagsQuery.safeParse(req.query);
    if (!query.success) {
      throw new InputError(`image ${query.error.issues[0].message}`);
    }
    const image = query.data.image;
    const registry = registries.find(r => image.startsWith(`${r.host}/`));
    if (!registry) {
      throw new NotFoundError(
        `image "${image}" is not in a configured registry; expected <host>/<repository> with a host from statefulset.registries (${
          registries.map(r => r.host).join(', ') || 'none configured'
        })`,
      );
    }
    const repository = image.slice(registry.host.length + 1);
    if (!repositoryPattern.test(repository)) {
      throw new InputError(
        `image "${image}" has an invalid repository "${repository}", expected lowercase path components such as team/app`,
      );
    }

    const tags = await listTags(
      registry,
      repository,
      AbortSignal.timeout(REGISTRY_TIMEOUT_MS),
    );
    // Registries list tags in no defined order; numeric collation puts 1.10 after 1.9.
    tags.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    res.json({ tags });
  });

  return router;
}
