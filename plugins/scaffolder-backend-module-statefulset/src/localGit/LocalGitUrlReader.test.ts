import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { NotModifiedError } from '@backstage/errors';
import fs from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { LocalGitUrlReader } from './LocalGitUrlReader';

describe('LocalGitUrlReader', () => {
  const mockDir = createMockDirectory();
  const root = mockDir.resolve('repositories');
  const reader = UrlReaders.default({
    config: mockServices.rootConfig({
      data: { statefulset: { localGitRoot: root } },
    }),
    logger: mockServices.logger.mock(),
    factories: [LocalGitUrlReader.factory],
  });
  const urlOf = (filePath: string) =>
    pathToFileURL(mockDir.resolve(filePath)).href;

  beforeEach(() => {
    mockDir.clear();
    mockDir.setContent({
      repositories: {
        nginx: {
          'catalog-info.yaml': 'kind: Component\n',
          manifests: { 'statefulset.yaml': 'kind: StatefulSet\n' },
          '.git': { HEAD: 'ref: refs/heads/main\n' },
        },
      },
      'secret.txt': 'outside the root\n',
    });
  });

  it('readUrl reads a file below the root', async () => {
    const response = await reader.readUrl(
      urlOf('repositories/nginx/catalog-info.yaml'),
    );

    expect((await response.buffer()).toString()).toBe('kind: Component\n');
    expect(response.etag).toMatch(/^[0-9a-f]{64}$/);
  });

  it('readUrl with the same etag is not modified', async () => {
    const url = urlOf('repositories/nginx/catalog-info.yaml');
    const first = await reader.readUrl(url);

    await expect(reader.readUrl(url, { etag: first.etag })).rejects.toThrow(
      NotModifiedError,
    );
  });

  it('readUrl rejects a file outside the root', async () => {
    await expect(reader.readUrl(urlOf('secret.txt'))).rejects.toThrow(
      /not allowed|no reader/i,
    );
  });

  it('readUrl rejects a path that climbs out', async () => {
    const url = `${pathToFileURL(root).href}/nginx/../../secret.txt`;

    await expect(reader.readUrl(url)).rejects.toThrow(/not allowed|no reader/i);
  });

  it('readUrl rejects a link leaving the root', async () => {
    await fs.symlink(
      mockDir.resolve('secret.txt'),
      mockDir.resolve('repositories/nginx/link.txt'),
    );

    await expect(
      reader.readUrl(urlOf('repositories/nginx/link.txt')),
    ).rejects.toThrow('outside the local Git root');
  });

  it('readUrl reports a missing file', async () => {
    await expect(
      reader.readUrl(urlOf('repositories/nginx/missing.yaml')),
    ).rejects.toThrow('does not exist');
  });

  it('readTree lists files without .git', async () => {
    const response = await reader.readTree(urlOf('repositories/nginx'));
    const files = await response.files();

    expect(files.map(file => file.path).sort()).toEqual([
      'catalog-info.yaml',
      'manifests/statefulset.yaml',
    ]);
    expect(response.etag).toMatch(/^[0-9a-f]{64}$/);
  });

  it('search finds one exact file', async () => {
    const url = urlOf('repositories/nginx/catalog-info.yaml');
    const response = await reader.search(url);

    expect(response.files.map(file => file.url)).toEqual([url]);
    expect((await response.files[0].content()).toString()).toBe(
      'kind: Component\n',
    );
  });

  it('search of a missing file is empty', async () => {
    const response = await reader.search(
      urlOf('repositories/nginx/missing.yaml'),
    );

    expect(response.files).toEqual([]);
  });

  it('search rejects glob patterns', async () => {
    await expect(
      reader.search(urlOf('repositories/nginx/*.yaml')),
    ).rejects.toThrow('Glob patterns are not supported');
  });
});
