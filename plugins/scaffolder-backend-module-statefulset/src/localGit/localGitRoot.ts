import { Config } from '@backstage/config';
import os from 'node:os';
import path from 'node:path';

/** The `app-config.yaml` key that sets the local Git root. */
export const LOCAL_GIT_ROOT_CONFIG_KEY = 'statefulset.localGitRoot';

/**
 * Reads the folder of local bare Git repositories from config, resolved to an
 * absolute path against the working directory. Without config, the folder is
 * `backstage-local-git` in the system's temporary folder.
 */
export function readLocalGitRoot(config: Config): string {
  const configured = config.getOptionalString(LOCAL_GIT_ROOT_CONFIG_KEY);
  return path.resolve(
    configured ?? path.join(os.tmpdir(), 'backstage-local-git'),
  );
}

/** Returns true when `target` is `root` itself or lies below it. */
export function isPathInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return (
    relative === '' ||
    (!relative.startsWith('..') && !path.isAbsolute(relative))
  );
}
