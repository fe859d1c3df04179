import fs from 'node:fs/promises';
import path from 'node:path';

/** Lists the files below a folder as `/`-separated relative paths, without `.git`. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter(entry => entry.isFile())
    .map(entry =>
      path
        .relative(folder, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join('/'),
    )
    .filter(relativePath => relativePath.split('/')[0] !== '.git')
    .sort();
}
