import { RecordedRequest } from './fakeKubernetesApi';

const ATTEMPTS = 500;
const PAUSE_MS = 10;

function pause(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, PAUSE_MS));
}

/** Waits until `isDone` returns true, and raises an error after about 5 s. */
export async function waitFor(isDone: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (isDone()) {
      return;
    }
    await pause();
  }
  throw new Error('the awaited condition stayed false for about 5 s');
}

/**
 * Waits until a fake API server has received `count` requests, for lists
 * that the status cache reads in the background after a response.
 * Raises an error that lists the received requests after about 5 s.
 */
export async function waitForRequests(
  requests: RecordedRequest[],
  count: number,
): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (requests.length >= count) {
      return;
    }
    await pause();
  }
  const received = requests.map(r => `${r.method} ${r.path}`).join(', ');
  throw new Error(
    `the fake API server received ${requests.length} requests, expected ${count}: ${received}`,
  );
}

/**
 * Calls `getStatus` until `isComplete` accepts the response body, and
 * returns that response. Raises an error with the last body after about 5 s.
 */
export async function waitForStatus<R extends { body: any }>(
  getStatus: () => PromiseLike<R>,
  isComplete: (body: any) => boolean,
): Promise<R> {
  let response = await getStatus();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (isComplete(response.body)) {
      return response;
    }
    await pause();
    response = await getStatus();
  }
  throw new Error(
    `the status did not complete, last body: ${JSON.stringify(response.body)}`,
  );
}
