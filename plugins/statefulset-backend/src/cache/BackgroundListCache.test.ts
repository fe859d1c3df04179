import { BackgroundListCache } from './BackgroundListCache';

function cacheWithClock() {
  const clock = { now: 1_000 };
  const cache = new BackgroundListCache<string[]>({
    maxAgeMs: 30_000,
    evictAfterMs: 300_000,
    now: () => clock.now,
  });
  return { cache, clock };
}

describe('BackgroundListCache', () => {
  it('peek starts no load', async () => {
    const { cache } = cacheWithClock();
    const load = jest.fn(async () => ['event']);

    const result = cache.peek('a', load);

    expect(result).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
  });

  it('shares one load among concurrent loads', async () => {
    const { cache } = cacheWithClock();
    const load = jest.fn(async () => ['event']);

    const results = await Promise.all([
      cache.readOrLoad('a', load),
      cache.readOrLoad('a', load),
    ]);

    expect(load).toHaveBeenCalledTimes(1);
    expect(results[1]).toEqual({ status: 'fulfilled', value: ['event'] });
    expect(cache.peek('a', load)).toEqual(results[0]);
  });

  it('holds a failed load', async () => {
    const { cache } = cacheWithClock();
    const load = jest.fn(async (): Promise<string[]> => {
      throw new Error('events is forbidden');
    });

    await cache.readOrLoad('a', load);

    expect(cache.peek('a', load)).toMatchObject({
      status: 'rejected',
      reason: new Error('events is forbidden'),
    });
  });

  it('refreshes only missing or expired keys', async () => {
    const { cache, clock } = cacheWithClock();
    const loadA = jest.fn(async () => ['a']);
    const loadB = jest.fn(async () => ['b']);
    const loadC = jest.fn(async () => ['c']);

    await cache.readOrLoad('a', loadA);
    clock.now += 20_000;
    await cache.readOrLoad('b', loadB);
    cache.peek('c', loadC);
    clock.now += 10_000;
    cache.peek('a', loadA);
    cache.refreshDue();
    await cache.idle();

    expect(loadA).toHaveBeenCalledTimes(2);
    expect(loadB).toHaveBeenCalledTimes(1);
    expect(loadC).toHaveBeenCalledTimes(1);
  });

  it('keeps the old result during refresh', async () => {
    const { cache, clock } = cacheWithClock();
    let resolveRefresh: (value: string[]) => void = () => {};
    const load = jest
      .fn<Promise<string[]>, []>()
      .mockResolvedValueOnce(['old'])
      .mockReturnValueOnce(
        new Promise(resolve => {
          resolveRefresh = resolve;
        }),
      );

    await cache.readOrLoad('a', load);
    clock.now += 30_000;
    cache.peek('a', load);
    cache.refreshDue();
    const during = cache.peek('a', load);
    resolveRefresh(['new']);
    await cache.idle();

    expect(during).toEqual({ status: 'fulfilled', value: ['old'] });
    expect(cache.peek('a', load)).toEqual({
      status: 'fulfilled',
      value: ['new'],
    });
  });

  it('returns a held result without loading', async () => {
    const { cache, clock } = cacheWithClock();
    const load = jest.fn(async () => ['event']);

    await cache.readOrLoad('a', load);
    clock.now += 60_000;
    const result = await cache.readOrLoad('a', load);

    expect(result).toEqual({ status: 'fulfilled', value: ['event'] });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('refreshes a stale key early', async () => {
    const { cache } = cacheWithClock();
    const load = jest
      .fn<Promise<string[]>, []>()
      .mockResolvedValueOnce(['before scale'])
      .mockResolvedValueOnce(['after scale']);

    await cache.readOrLoad('a', load);
    cache.markStale('a');
    cache.refreshDue();
    await cache.idle();

    expect(cache.peek('a', load)).toEqual({
      status: 'fulfilled',
      value: ['after scale'],
    });
  });

  it('reloads when marked stale mid-load', async () => {
    const { cache } = cacheWithClock();
    let resolveFirst: (value: string[]) => void = () => {};
    const load = jest
      .fn<Promise<string[]>, []>()
      .mockReturnValueOnce(
        new Promise(resolve => {
          resolveFirst = resolve;
        }),
      )
      .mockResolvedValueOnce(['after scale']);

    const first = cache.readOrLoad('a', load);
    cache.markStale('a');
    resolveFirst(['before scale']);
    await first;
    cache.refreshDue();
    await cache.idle();

    expect(load).toHaveBeenCalledTimes(2);
    expect(cache.peek('a', load)).toEqual({
      status: 'fulfilled',
      value: ['after scale'],
    });
  });

  it('skips keys nobody reads', async () => {
    const { cache, clock } = cacheWithClock();
    const load = jest.fn(async () => ['a']);

    await cache.readOrLoad('a', load);
    clock.now += 30_000;
    cache.refreshDue();

    expect(load).toHaveBeenCalledTimes(1);
    expect(cache.size).toBe(1);
  });

  it('drops keys not read recently', async () => {
    const { cache, clock } = cacheWithClock();
    const load = jest.fn(async () => ['a']);

    await cache.readOrLoad('a', load);
    clock.now += 300_000;
    cache.refreshDue();

    expect(cache.size).toBe(0);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('refreshes with the latest load', async () => {
    const { cache, clock } = cacheWithClock();
    const oldClient = jest.fn(async () => ['old client']);
    const newClient = jest.fn(async () => ['new client']);

    await cache.readOrLoad('a', oldClient);
    clock.now += 30_000;
    cache.peek('a', newClient);
    cache.refreshDue();
    await cache.idle();

    expect(oldClient).toHaveBeenCalledTimes(1);
    expect(newClient).toHaveBeenCalledTimes(1);
  });
});
