import { LoggerService } from '@backstage/backend-plugin-api';
import { SideListLoaders } from '../cache/StatusCache';
import { ClusterClient } from '../kubernetes/ClusterClient';
import { toErrorSummary } from './toErrorSummary';

/**
 * Builds the requests that list the set's events and its namespace's
 * autoscalers. Each logs its own failure once, because the cache keeps the
 * failed result and every later read only repeats it.
 */
export function sideListLoaders(options: {
  client: ClusterClient;
  namespace: string;
  name: string;
  logger: LoggerService;
}): SideListLoaders {
  const { client, namespace, name, logger } = options;

  const logFailure = (error: unknown): never => {
    logger.warn(`Status is incomplete: ${toErrorSummary(error).message}`);
    throw error;
  };

  return {
    listEvents: () =>
      client.listStatefulSetEvents(namespace, name).catch(logFailure),
    listAutoscalers: () => client.listAutoscalers(namespace).catch(logFailure),
  };
}
