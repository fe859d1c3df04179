import { SharedReadCache } from './SharedReadCache';

/** A load whose promise the test resolves or rejects, counting calls. */
function controlledLoad<T>() {
  const calls: Array<{
    resolve: (value: T) => void;
    reject: (error: Error) => void;
  }> = [];
  const load = () =>
    new Promise<T>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { load, calls };
}

function cacheWithClock(maxAgeMs: number | ((value: string) => number)) {
  const clock = { now: 1_000 };
  const cache = new SharedReadCache<string>({
    maxAgeMs,
    evictAfterMs: 60_000,
    now: () => clock.now,
  });
  return { cache, clock };
}

describe('SharedReadCache', () => {
  it('shares one load among concurrent reads', async () => {
    const { cache } = cacheWithClock(1_000);
    const { load, calls } = controlledLoad<string>();

    const reads = Array.from({ length: 50 }, () => cache.read('a', load));
    calls[0].resolve('status');

    expect(calls).toHaveLength(1);
    expect(await Promise.all(reads)).toEqual(Array(50).fill('status'));
  });

  it('reuses a value until its maximum age', async () => {
    const { cache, clock } = cacheWithClock(1_000);
    const load = jest
      .fn<Promise<string>, []>()
      .mockResolvedValueOnce('first')
      .mockResolvedValueOnce('second');

    await cache.read('a', load);
    clock.now += 999;
    const cached = await cache.read('a', load);
    clock.now += 1;
    const reloaded = await cache.read('a', load);

    expect(cached).toBe('first');
    expect(reloaded).toBe('second');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('takes the maximum age from the value', async () => {
    const { cache, clock } = cacheWithClock(value =>
      value === 'settled' ? 10_000 : 1_000,
    );
    const load = jest
      .fn<Promise<string>, []>()
      .mockResolvedValueOnce('settled')
      .mockResolvedValueOnce('changing')
      .mockResolvedValueOnce('later');

    await cache.read('a', load);
    clock.now += 5_000;
    const afterFiveSeconds = await cache.read('a', load);
    clock.now += 5_000;
    const changing = await cache.read('a', load);
    clock.now += 1_000;
    const afterOneSecond = await cache.read('a', load);

    expect(afterFiveSeconds).toBe('settled');
    expect(changing).toBe('changing');
    expect(afterOneSecond).toBe('later');
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('counts age from load start', async () => {
    const { cache, clock } = cacheWithClock(1_000);
    const slow = controlledLoad<string>();

    const first = cache.read('a', slow.load);
    clock.now += 400;
    slow.calls[0].resolve('read at start');
    await first;
    clock.now += 600;
    const second = cache.read('a', slow.load);

    expect(slow.calls).toHaveLength(2);
    slow.calls[1].resolve('read again');
    expect(await second).toBe('read again');
  });

  it('keeps keys apart', async () => {
    const { cache } = cacheWithClock(1_000);

    const a = await cache.read('a', async () => 'value of a');
    const b = await cache.read('b', async () => 'value of b');

    expect([a, b]).toEqual(['value of a', 'value of b']);
  });

  it('does not cache a rejected load', async () => {
    const { cache } = cacheWithClock(1_000);
    const load = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(new Error('connection refused'))
      .mockResolvedValueOnce('recovered');

    await expect(cache.read('a', load)).rejects.toThrow('connection refused');
    const retried = await cache.read('a', load);

    expect(retried).toBe('recovered');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reloads after invalidate', async () => {
    const { cache } = cacheWithClock(10_000);
    const load = jest
      .fn<Promise<string>, []>()
      .mockResolvedValueOnce('before scale')
      .mockResolvedValueOnce('after scale');

    await cache.read('a', load);
    cache.invalidate('a');
    const value = await cache.read('a', load);

    expect(value).toBe('after scale');
  });

  it('drops a load that invalidate overtook', async () => {
    const { cache } = cacheWithClock(10_000);
    const slow = controlledLoad<string>();

    const early = cache.read('a', slow.load);
    cache.invalidate('a');
    const late = cache.read('a', async () => 'after scale');
    slow.calls[0].resolve('before scale');

    expect(await early).toBe('before scale');
    expect(await late).toBe('after scale');
    expect(await cache.read('a', slow.load)).toBe('after scale');
    expect(slow.calls).toHaveLength(1);
  });

  it('evicts keys not read recently', async () => {
    const { cache, clock } = cacheWithClock(1_000);

    await cache.read('a', async () => 'a');
    clock.now += 60_000;
    await cache.read('b', async () => 'b');

    expect(cache.size).toBe(1);
  });
});
