import {
  UrlReaderService,
  UrlReaderServiceReadTreeOptions,
  UrlReaderServiceReadTreeResponse,
  UrlReaderServiceReadUrlOptions,
  UrlReaderServiceReadUrlResponse,
  UrlReaderServiceSearchOptions,
  UrlReaderServiceSearchResponse,
} from '@backstage/backend-plugin-api';
import type {
  ReadTreeResponseFactory,
  ReaderFactory,
} from '@backstage/backend-defaults/urlReader';
import { InputError, NotFoundError, NotModifiedError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listFiles } from './listFiles';
import { isPathInside, readLocalGitRoot } from './localGitRoot';

const globCharacters = /[*?[\]{}]/;

/**
 * Reads `file://` URLs below the local Git root, so that the catalog can read
 * `catalog-info.yaml` from repositories published by `publish:local-git`.
 * Every other file of the backend's disk stays unreadable: the predicate
 * matches the root only, and symbolic links that leave it are rejected.
 */
export class LocalGitUrlReader implements UrlReaderService {
  static factory: ReaderFactory = ({ config, treeResponseFactory }) => {
    const reader = new LocalGitUrlReader(
      readLocalGitRoot(config),
      treeResponseFactory,
    );
    return [{ reader, predicate: url => reader.handles(url) }];
  };

  constructor(
    private readonly root: string,
    private readonly treeResponseFactory: ReadTreeResponseFactory,
  ) {}

  handles(url: URL): boolean {
    return (
      url.protocol === 'file:' &&
      url.host === '' &&
      isPathInside(this.root, fileURLToPath(url))
    );
  }

  async readUrl(
    url: string,
    options?: UrlReaderServiceReadUrlOptions,
  ): Promise<UrlReaderServiceReadUrlResponse> {
    const filePath = await this.resolveExisting(url);
    const stats = await fs.stat(filePath);
    if (!stats.isFile()) {
      throw new InputError(`${url} is a folder, expected a file`);
    }

    const buffer = await fs.readFile(filePath);
    const etag = hashOf([buffer]);
    if (options?.etag === etag) {
      throw new NotModifiedError();
    }
    if (
      options?.lastModifiedAfter &&
      stats.mtime <= options.lastModifiedAfter
    ) {
      throw new NotModifiedError();
    }

    return {
      buffer: async () => buffer,
      stream: () => Readable.from(buffer),
      etag,
      lastModifiedAt: stats.mtime,
    };
  }

  async readTree(
    url: string,
    options?: UrlReaderServiceReadTreeOptions,
  ): Promise<UrlReaderServiceReadTreeResponse> {
    const folder = await this.resolveExisting(url);
    const relativePaths = await listFiles(folder);

    const files = [];
    for (const relativePath of relativePaths) {
      const filePath = path.join(folder, relativePath);
      const stats = await fs.stat(filePath);
      if (
        options?.filter &&
        !options.filter(relativePath, { size: stats.size })
      ) {
        continue;
      }
      files.push({
        path: relativePath,
        content: await fs.readFile(filePath),
        lastModifiedAt: stats.mtime,
      });
    }

    const etag = hashOf(files.flatMap(file => [file.path, file.content]));
    if (options?.etag === etag) {
      throw new NotModifiedError();
    }

    const response = await this.treeResponseFactory.fromReadableArray(
      files.map(file => ({
        data: Readable.from(file.content),
        path: file.path,
        lastModifiedAt: file.lastModifiedAt,
      })),
    );
    return {
      files: () => response.files(),
      archive: () => response.archive(),
      dir: dirOptions => response.dir(dirOptions),
      etag,
    };
  }

  /**
   * Finds one file by its exact URL.
   *
   * NOTE: glob patterns are rejected because no published repository needs
   * them yet.
   */
  async search(
    url: string,
    options?: UrlReaderServiceSearchOptions,
  ): Promise<UrlReaderServiceSearchResponse> {
    if (globCharacters.test(fileURLToPath(url))) {
      throw new InputError(
        `Glob patterns are not supported for local Git URLs, got ${url}; ` +
          `give the URL of one file, for example ${pathToFileURL(
            path.join(this.root, 'nginx', 'catalog-info.yaml'),
          )}`,
      );
    }

    try {
      const response = await this.readUrl(url, { etag: options?.etag });
      return {
        files: [
          {
            url,
            content: response.buffer,
            lastModifiedAt: response.lastModifiedAt,
          },
        ],
        etag: response.etag ?? '',
      };
    } catch (error) {
      if (error instanceof NotFoundError) {
        return { files: [], etag: '' };
      }
      throw error;
    }
  }

  toString(): string {
    return `localGit{root=${this.root}}`;
  }

  /**
   * Resolves a URL to a real path below the root, following symbolic links,
   * and fails when it does not exist or lies outside the root.
   */
  private async resolveExisting(url: string): Promise<string> {
    const parsed = new URL(url);
    if (!this.handles(parsed)) {
      throw new InputError(
        `${url} is not below the local Git root ${pathToFileURL(this.root)}`,
      );
    }

    let realPath: string;
    let realRoot: string;
    try {
      realPath = await fs.realpath(fileURLToPath(parsed));
      realRoot = await fs.realpath(this.root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new NotFoundError(`${url} does not exist`);
      }
      throw error;
    }

    if (!isPathInside(realRoot, realPath)) {
      throw new InputError(
        `${url} is a link to ${realPath}, outside the local Git root ${realRoot}`,
      );
    }
    return realPath;
  }
}

function hashOf(parts: Array<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex');
}
