import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizePermissionRequest,
  AuthorizePermissionResponse,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import { AuditorServiceCreateEventOptions } from '@backstage/backend-plugin-api';
import { setupServer } from 'msw/node';
import { statefulsetPlugin } from '../plugin';

export const PRODUCTION_URL = 'https://127.0.0.1:16443';
export const STAGING_URL = 'https://127.0.0.1:26443';
export const TEST_TOKEN = 'test-service-account-token';

/** Fake cluster ports: requests to them without a handler fail the test. */
const FAKE_PORTS = new Set(['16443', '26443']);

/**
 * Creates an msw server for fake API servers. Requests to the fake cluster
 * ports must match a handler; all other requests, such as supertest's calls
 * to the test backend, pass through.
 */
export function setupFakeClusters() {
  const server = setupServer();
  beforeAll(() =>
    server.listen({
      onUnhandledRequest(request, print) {
        if (FAKE_PORTS.has(new URL(request.url).port)) {
          print.error();
        }
      },
    }),
  );
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** Config with the clusters `production` and `staging` at the fake URLs. */
export function clusterConfig(overrides: JsonObject = {}): JsonObject {
  return {
    kubernetes: {
      serviceLocatorMethod: { type: 'multiTenant' },
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: [
            {
              name: 'production',
              url: PRODUCTION_URL,
              authProvider: 'serviceAccount',
              serviceAccountToken: TEST_TOKEN,
              skipTLSVerify: true,
            },
            {
              name: 'staging',
              url: STAGING_URL,
              authProvider: 'serviceAccount',
              serviceAccountToken: TEST_TOKEN,
              skipTLSVerify: true,
            },
          ],
        },
      ],
    },
    ...overrides,
  };
}

/** A component whose annotations point at StatefulSet `name` in `default`. */
export function componentEntity(
  name: string,
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/kubernetes-id': name,
        'backstage.io/kubernetes-namespace': 'default',
        'backstage.io/kubernetes-cluster': 'production',
        ...annotations,
      },
    },
    spec: {
      type: 'service',
      owner: 'group:default/team-a',
      lifecycle: 'production',
    },
  };
}

/** An audit event as the mock auditor recorded it. */
export interface RecordedAuditEvent {
  eventId: string;
  severityLevel?: string;
  meta: JsonObject;
  outcome: 'pending' | 'success' | 'failure';
  error?: Error;
}

/** A started test backend with what the mocks recorded. */
export interface StartedPlugin {
  server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  auditEvents: RecordedAuditEvent[];
  authorizeCalls: AuthorizePermissionRequest[];
}

/**
 * Starts a test backend with the plugin, a mock catalog holding `entities`,
 * the given config and permission decisions, and a mock auditor whose
 * events are returned.
 */
export async function startPlugin(options: {
  entities?: Entity[];
  config?: JsonObject;
  permission?:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY
    | ((
        request: AuthorizePermissionRequest,
      ) => AuthorizeResult.ALLOW | AuthorizeResult.DENY);
}): Promise<StartedPlugin> {
  const auditEvents: RecordedAuditEvent[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async (event: AuditorServiceCreateEventOptions) => {
      const record: RecordedAuditEvent = {
        eventId: event.eventId,
        severityLevel: event.severityLevel,
        meta: { ...event.meta },
        outcome: 'pending',
      };
      auditEvents.push(record);
      return {
        success: async result => {
          record.outcome = 'success';
          record.meta = { ...record.meta, ...result?.meta };
        },
        fail: async result => {
          record.outcome = 'failure';
          record.error = result.error;
          record.meta = { ...record.meta, ...result.meta };
        },
      };
    },
  });

  const decide = options.permission ?? AuthorizeResult.ALLOW;
  const authorizeCalls: AuthorizePermissionRequest[] = [];
  const permissions = mockServices.permissions.mock({
    authorize: async (requests: AuthorizePermissionRequest[]) => {
      authorizeCalls.push(...requests);
      return requests.map(
        (request): AuthorizePermissionResponse => ({
          result: typeof decide === 'function' ? decide(request) : decide,
        }),
      );
    },
  });

  const { server } = await startTestBackend({
    features: [
      statefulsetPlugin,
      catalogServiceMock.factory({ entities: options.entities ?? [] }),
      mockServices.rootConfig.factory({
        data: options.config ?? clusterConfig(),
      }),
      permissions.factory,
      auditor.factory,
    ],
  });

  return { server, auditEvents, authorizeCalls };
}
