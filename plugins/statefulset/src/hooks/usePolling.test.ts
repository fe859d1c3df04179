import { act, renderHook } from '@testing-library/react';
import {
  IDLE_INTERVAL_MS,
  usePolling,
  WATCH_INTERVAL_MS,
  WATCH_LIMIT_MS,
} from './usePolling';

type Snapshot = { settled: boolean; version: number };

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

async function advance(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

function renderPolling(load: () => Promise<Snapshot>) {
  return renderHook(() =>
    usePolling<Snapshot>({ load, isSettled: value => value.settled }),
  );
}

describe('usePolling', () => {
  beforeAll(() => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => visibility,
    });
  });

  beforeEach(() => {
    jest.useFakeTimers();
    visibility = 'visible';
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('loads on mount then every idle interval', async () => {
    const load = jest.fn().mockResolvedValue({ settled: true, version: 1 });
    const { result } = renderPolling(load);

    await advance(0);
    expect(load).toHaveBeenCalledTimes(1);
    expect(result.current.loading).toBe(false);
    expect(result.current.value).toEqual({ settled: true, version: 1 });

    await advance(IDLE_INTERVAL_MS - 1);
    expect(load).toHaveBeenCalledTimes(1);

    await advance(1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('watches at fast interval until settled', async () => {
    const load = jest
      .fn()
      .mockResolvedValueOnce({ settled: true, version: 1 })
      .mockResolvedValueOnce({ settled: false, version: 2 })
      .mockResolvedValueOnce({ settled: false, version: 3 })
      .mockResolvedValue({ settled: true, version: 4 });
    const { result } = renderPolling(load);
    await advance(0);

    act(() => result.current.watchUntilSettled());
    await advance(0);
    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current.watching).toBe(true);

    await advance(WATCH_INTERVAL_MS);
    expect(load).toHaveBeenCalledTimes(3);

    await advance(WATCH_INTERVAL_MS);
    expect(load).toHaveBeenCalledTimes(4);
    expect(result.current.watching).toBe(false);
    expect(result.current.value?.version).toBe(4);

    await advance(WATCH_INTERVAL_MS);
    expect(load).toHaveBeenCalledTimes(4);

    await advance(IDLE_INTERVAL_MS - WATCH_INTERVAL_MS);
    expect(load).toHaveBeenCalledTimes(5);
  });

  it('stops watching at time limit', async () => {
    const load = jest.fn().mockResolvedValue({ settled: false, version: 1 });
    const { result } = renderPolling(load);
    await advance(0);

    act(() => result.current.watchUntilSettled());
    await advance(WATCH_LIMIT_MS + WATCH_INTERVAL_MS);
    expect(result.current.watching).toBe(false);

    const callsAfterLimit = load.mock.calls.length;
    await advance(WATCH_INTERVAL_MS);
    expect(load).toHaveBeenCalledTimes(callsAfterLimit);
  });

  it('pauses while tab hidden', async () => {
    const load = jest.fn().mockResolvedValue({ settled: true, version: 1 });
    renderPolling(load);
    await advance(0);

    act(() => setVisibility('hidden'));
    await advance(IDLE_INTERVAL_MS * 5);
    expect(load).toHaveBeenCalledTimes(1);

    act(() => setVisibility('visible'));
    await advance(0);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps last value after failed load', async () => {
    const load = jest
      .fn()
      .mockResolvedValueOnce({ settled: true, version: 1 })
      .mockRejectedValueOnce(new Error('connection refused'))
      .mockResolvedValue({ settled: true, version: 3 });
    const { result } = renderPolling(load);
    await advance(0);

    act(() => result.current.refresh());
    await advance(0);
    expect(result.current.error?.message).toBe('connection refused');
    expect(result.current.value?.version).toBe(1);

    await advance(IDLE_INTERVAL_MS);
    expect(result.current.error).toBeUndefined();
    expect(result.current.value?.version).toBe(3);
  });

  it('never overlaps loads', async () => {
    let resolveFirst: (value: Snapshot) => void = () => {};
    const load = jest
      .fn()
      .mockImplementationOnce(
        () => new Promise<Snapshot>(resolve => (resolveFirst = resolve)),
      )
      .mockResolvedValue({ settled: true, version: 2 });
    const { result } = renderPolling(load);

    act(() => result.current.refresh());
    act(() => result.current.refresh());
    expect(load).toHaveBeenCalledTimes(1);

    await act(async () => resolveFirst({ settled: true, version: 1 }));
    await advance(0);
    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current.value?.version).toBe(2);
  });

  it('stops loading after unmount', async () => {
    const load = jest.fn().mockResolvedValue({ settled: true, version: 1 });
    const { unmount } = renderPolling(load);
    await advance(0);

    unmount();
    await advance(IDLE_INTERVAL_MS * 3);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
