import { mockServices } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { RepositoryFileCache } from './RepositoryFileCache';

const URL_A = 'file:///repos/nginx/values.yaml';

function readerReturning(texts: string[]) {
  const reader = mockServices.urlReader.mock();
  for (const text of texts) {
    reader.readUrl.mockResolvedValueOnce({
      buffer: async () => Buffer.from(text),
    } as any);
  }
  return reader;
}

describe('RepositoryFileCache', () => {
  it('reuses a read within the time to live', async () => {
    let now = 1_000;
    const reader = readerReturning(['first', 'second']);
    const cache = new RepositoryFileCache({
      reader,
      ttlMs: 5_000,
      now: () => now,
    });

    const first = await cache.read(URL_A);
    now += 4_999;
    const second = await cache.read(URL_A);

    expect(first).toBe('first');
    expect(second).toBe('first');
    expect(reader.readUrl).toHaveBeenCalledTimes(1);
  });

  it('reads again after the time to live', async () => {
    let now = 1_000;
    const reader = readerReturning(['first', 'second']);
    const cache = new RepositoryFileCache({
      reader,
      ttlMs: 5_000,
      now: () => now,
    });

    await cache.read(URL_A);
    now += 5_000;
    const second = await cache.read(URL_A);

    expect(second).toBe('second');
    expect(reader.readUrl).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    const reader = mockServices.urlReader.mock();
    reader.readUrl
      .mockRejectedValueOnce(new NotFoundError('missing'))
      .mockResolvedValueOnce({
        buffer: async () => Buffer.from('found'),
      } as any);
    const cache = new RepositoryFileCache({ reader, now: () => 1_000 });

    await expect(cache.read(URL_A)).rejects.toThrow('missing');
    const second = await cache.read(URL_A);

    expect(second).toBe('found');
  });
});
