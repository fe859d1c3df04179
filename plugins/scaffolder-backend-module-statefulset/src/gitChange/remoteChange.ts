import { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { repositoryFileUrl } from '@internal/backstage-plugin-statefulset-common';
import fs from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../localGit/listFiles';
import { removedGeneratedPaths } from './generatedFiles';

async function readRemote(
  reader: UrlReaderService,
  url: string,
): Promise<string | undefined> {
  try {
    const response = await reader.readUrl(url);
    return (await response.buffer()).toString('utf8');
  } catch (error) {
    if ((error as Error)?.name === 'NotFoundError') {
      return undefined;
    }
    throw error;
  }
}

/** Plan of a pull or merge request to a GitHub or GitLab repository. */
export interface RemoteChangePlan {
  /** values.yaml of the repository, or undefined when it has none. */
  baseValuesYaml?: string;
  /** Generated files that the repository has and the new render left out. */
  filesToDelete: string[];
}

/**
 * Reads the repository's current files through the URL reader and compares
 * them with the rendered files. Throws InputError when every rendered file
 * is already there with the same content and nothing is to be deleted.
 */
export async function planRemoteChange(options: {
  reader: UrlReaderService;
  baseUrl: string;
  sourcePath: string;
}): Promise<RemoteChangePlan> {
  const { reader, baseUrl, sourcePath } = options;
  const rendered = await listFiles(sourcePath);

  let changed = false;
  let baseValuesYaml: string | undefined;
  for (const relativePath of rendered) {
    const current = await readRemote(
      reader,
      repositoryFileUrl(baseUrl, relativePath),
    );
    if (relativePath === 'values.yaml') {
      baseValuesYaml = current;
    }
    const next = await fs.readFile(path.join(sourcePath, relativePath), 'utf8');
    changed ||= current !== next;
  }

  const filesToDelete: string[] = [];
  for (const relativePath of removedGeneratedPaths(rendered)) {
    const current = await readRemote(
      reader,
      repositoryFileUrl(baseUrl, relativePath),
    );
    if (current !== undefined) {
      filesToDelete.push(relativePath);
    }
  }

  if (!changed && filesToDelete.length === 0) {
    throw new InputError(
      `Nothing changed: the values render the same files as ${baseUrl}; ` +
        'change at least one value and run the template again',
    );
  }
  return { baseValuesYaml, filesToDelete };
}
