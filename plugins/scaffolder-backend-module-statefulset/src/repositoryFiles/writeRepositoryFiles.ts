import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import type { RepositoryFile } from '@internal/backstage-plugin-statefulset-common';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes repository files below a target folder, creating folders as needed.
 * Every path is checked to stay inside the target before the first write.
 */
export async function writeRepositoryFiles(
  targetPath: string,
  files: RepositoryFile[],
): Promise<void> {
  const resolvedFiles = files.map(file => ({
    absolutePath: resolveSafeChildPath(targetPath, file.path),
    content: file.content,
  }));

  for (const file of resolvedFiles) {
    await fs.mkdir(path.dirname(file.absolutePath), { recursive: true });
    await fs.writeFile(file.absolutePath, file.content, 'utf8');
  }
}
