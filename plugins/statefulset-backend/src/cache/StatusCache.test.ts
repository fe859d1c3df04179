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
  return { cache: new StatusCache(TIMES, () => clock.now), clock };
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
    const load = jest.fn(async () => {
      throw new Error('events is forbidden');
    });

    await expect(cache.readEvents(KEY, load)).rejects.toThrow('forbidden');
    clock.now += 29_999;
    await expect(cache.readEvents(KEY, load)).rejects.toThrow('forbidden');
    clock.now += 1;
    await expect(cache.readEvents(KEY, load)).rejects.toThrow('forbidden');

    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shares autoscalers within a namespace', async () => {
    const { cache } = cacheWithClock();
    const load = jest.fn(async () => []);

    await cache.readAutoscalers(KEY, load);
    await cache.readAutoscalers({ ...KEY, name: 'other-set' } as any, load);
    await cache.readAutoscalers({ ...KEY, namespace: 'shop' }, load);

    expect(load).toHaveBeenCalledTimes(2);
  });

  it('invalidates status and events of one set', async () => {
    const { cache } = cacheWithClock();
    const loadStatus = jest.fn(async () => MISSING);
    const loadEvents = jest.fn(async () => []);
    const other = { ...KEY, name: 'other-set' };

    await cache.readStatus(KEY, loadStatus);
    await cache.readEvents(KEY, loadEvents);
    await cache.readStatus(other, loadStatus);
    cache.invalidate(KEY);
    await cache.readStatus(KEY, loadStatus);
    await cache.readEvents(KEY, loadEvents);
    await cache.readStatus(other, loadStatus);

    expect(loadStatus).toHaveBeenCalledTimes(3);
    expect(loadEvents).toHaveBeenCalledTimes(2);
  });
});
