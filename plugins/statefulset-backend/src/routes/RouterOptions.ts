import {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { StatefulSetOptions } from '../config/readStatefulSetOptions';
import { StatusCache } from '../cache/StatusCache';
import { RepositoryFileCache } from '../gitops/RepositoryFileCache';
import { ClusterRegistry } from '../kubernetes/ClusterRegistry';

/** Services and settings that the plugin's routes use. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  logger: LoggerService;
  registry: ClusterRegistry;
  options: StatefulSetOptions;
  /** Statuses shared by all callers; createRouter makes one when absent. */
  statusCache?: StatusCache;
  /** Reads the entity's repository, for the values and manifests routes. */
  urlReader: UrlReaderService;
  /** Repository files shared by all callers; createRouter makes one when absent. */
  repositoryFiles?: RepositoryFileCache;
}

export const ENTITY_QUERY_EXAMPLE = { entityRef: 'component:default/nginx' };
export const REDEPLOY_EXAMPLE = {
  entityRef: 'component:default/nginx',
  cluster: 'production',
};
export const MANIFESTS_QUERY_EXAMPLE = {
  entityRef: 'component:default/nginx',
  cluster: 'production',
};
export const SCALE_EXAMPLE = {
  ...REDEPLOY_EXAMPLE,
  replicas: 3,
  expectedReplicas: 2,
};
