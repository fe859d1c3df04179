/*
 * Requests to the running portal's backend as the guest user.
 */

/** Base URL of the portal's backend; scripts/e2e.sh starts it there. */
export const backendUrl =
  process.env.STATEFULSET_BACKEND_URL ?? 'http://localhost:7007';

/** Response of a backend route: HTTP status and the parsed JSON body. */
export interface BackendResponse<T> {
  status: number;
  body: T;
}

let guestToken: string | undefined;

async function readGuestToken(): Promise<string> {
  if (!guestToken) {
    const response = await fetch(
      `${backendUrl}/api/auth/guest/refresh?env=development`,
    );
    if (!response.ok) {
      throw new Error(
        `guest sign-in at ${backendUrl} failed with HTTP ${response.status}; is the portal running with guest sign-in enabled?`,
      );
    }
    const session = (await response.json()) as {
      backstageIdentity: { token: string };
    };
    guestToken = session.backstageIdentity.token;
  }
  return guestToken;
}

/** Returns a reason to skip when no backend accepts connections at the URL. */
export async function checkBackendReachable(): Promise<string | undefined> {
  try {
    await fetch(`${backendUrl}/.backstage/health/v1/readiness`);
    return undefined;
  } catch (error) {
    return `no portal backend at ${backendUrl} (${
      (error as Error).message
    }); start it with scripts/e2e.sh or scripts/start.sh`;
  }
}

/** Sends a request to the backend route `path`, e.g. `/api/statefulset/scale`. */
export async function callBackend<T>(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: object,
): Promise<BackendResponse<T>> {
  const response = await fetch(`${backendUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await readGuestToken()}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}
