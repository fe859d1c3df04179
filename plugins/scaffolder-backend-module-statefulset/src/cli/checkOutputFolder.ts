import fs from 'node:fs/promises';

/**
 * Checks that `--out` names a folder that does not exist yet or is empty,
 * so that a render never overwrites files or leaves files of an earlier
 * render beside the new ones. Returns the message when it does not.
 */
export async function checkOutputFolder(
  outPath: string,
): Promise<string | undefined> {
  let stats;
  try {
    stats = await fs.stat(outPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    return `--out: cannot read ${JSON.stringify(outPath)}: ${
      (error as Error).message
    }`;
  }

  const fix = 'name a new or empty folder, e.g. --out ./my-app';
  if (!stats.isDirectory()) {
    return `--out: ${JSON.stringify(outPath)} is a file, ${fix}`;
  }

  const entries = await fs.readdir(outPath);
  if (entries.length > 0) {
    return `--out: ${JSON.stringify(
      outPath,
    )} is a folder that is not empty, ${fix}`;
  }
  return undefined;
}
