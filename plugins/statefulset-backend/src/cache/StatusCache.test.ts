import { ClusterStatefulSetStatus } from '@internal/backstage-plugin-statefulset-common';
import { StatusCache } from './StatusCache';

const KEY = { cluster: 'production', namespace: 'default', name: 'web' };

const TIMES = {
  settledMaxAgeMs: 10_000,
  changingMaxAgeMs: 1_000,
  listMaxAgeMs: 30_000,
  evictAfterMs: 300_000,
};

function cacheWithClock() {
  const clock = { now: 1_000 };
  const cache = new StatusCache(TIMES, () => clock.now);
  return { cache, clock };
}

/** Loaders whose lists resolve empty and count their calls. */
function countingLoaders() {
  return {
    listEvents: jest.fn(async () => []),
    listAutoscalers: jest.fn(async () => []),
  };
}

const MISSING: ClusterStatefulSetStatus = {
  state: 'notFound',
  cluster: 'production',
  namespace: 'default',
  name: 'web',
  message: 'StatefulSet "web" not found',
};

describe('StatusCache', () => {
  it('reuses a missing set for the changing age', async () => {
    const { cache, clock } = cacheWithClock();
    const load = jest.fn(async () => MISSING);

    await cache.readStatus(KEY, load);
    clock.now += 999;
    await cache.readStatus(KEY, load);
    clock.now += 1;
    await cache.readStatus(KEY, load);

    expect(load).toHaveBeenCalledTimes(2);
  });

  it('caches a failed event list', async () => {
    const { cache, clock } = cacheWithClock();
    const loaders = {
      listEvents: jest.fn(async () => {
        throw new Error('events is forbidden');
      }),
      listAutoscalers: jest.fn(async () => []),
    };

    await cache.readOrLoadEvents(KEY, loaders);
    clock.now += 29_999;
    cache.refreshDueLists();
    const cached = cache.peekSideLists(KEY, loaders);

    expect(cached.events?.status).toBe('rejected');
    expect(loaders.listEvents).toHaveBeenCalledTimes(1);
  });

  it('shares autoscalers within a namespace', async () => {
    const { cache } = cacheWithClock();
    const loaders = countingLoaders();

    await cache.readOrLoadAutoscalers(KEY, loaders);
    await cache.readOrLoadAutoscalers({ ...KEY, name: 'other-set' }, loaders);
    await cache.readOrLoadAutoscalers({ ...KEY, namespace: 'shop' }, loaders);

    expect(loaders.listAutoscalers).toHaveBeenCalledTimes(2);
  });

  it('refreshes side lists after their age', async () => {
    const { cache, clock } = cacheWithClock();
    const loaders = countingLoaders();

    await cache.readOrLoadEvents(KEY, loaders);
    await cache.readOrLoadAutoscalers(KEY, loaders);
    clock.now += 30_000;
    cache.peekSideLists(KEY, loaders);
    cache.refreshDueLists();
    await cache.idle();

    expect(loaders.listEvents).toHaveBeenCalledTimes(2);
    expect(loaders.listAutoscalers).toHaveBeenCalledTimes(2);
  });

  it('invalidates status and events of one set', async () => {
    const { cache } = cacheWithClock();
    const loadStatus = jest.fn(async () => MISSING);
    const loaders = countingLoaders();
    const other = { ...KEY, name: 'other-set' };

    await cache.readStatus(KEY, loadStatus);
    await cache.readOrLoadEvents(KEY, loaders);
    await cache.readOrLoadAutoscalers(KEY, loaders);
    await cache.readStatus(other, loadStatus);
    cache.invalidate(KEY);
    await cache.readStatus(KEY, loadStatus);
    cache.refreshDueLists();
    await cache.idle();
    await cache.readStatus(other, loadStatus);

    expect(loadStatus).toHaveBeenCalledTimes(3);
    expect(loaders.listEvents).toHaveBeenCalledTimes(2);
    expect(loaders.listAutoscalers).toHaveBeenCalledTimes(1);
  });
});
