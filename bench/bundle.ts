import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const execFileAsync = promisify(execFile);

const PLUGIN_PACKAGE = '@internal/backstage-plugin-statefulset';

/** Sum of the gzip sizes (zlib default level) of every .js file under `dir`. */
function gzippedJsBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, {
    withFileTypes: true,
    recursive: true,
  })) {
    if (entry.isFile() && entry.name.endsWith('.js')) {
      total += gzipSync(
        readFileSync(join(entry.parentPath, entry.name)),
      ).length;
    }
  }
  return total;
}

async function buildApp(
  repositoryRoot: string,
  configFiles: string[],
): Promise<number> {
  await execFileAsync(
    'yarn',
    [
      'workspace',
      'app',
      'build',
      ...configFiles.flatMap(file => ['--config', file]),
    ],
    { cwd: repositoryRoot, maxBuffer: 64 * 1024 * 1024 },
  );
  return gzippedJsBytes(join(repositoryRoot, 'packages/app/dist/static'));
}

/** Gzipped JavaScript of the app built without and with the plugin. */
export interface BundleFigures {
  withoutPluginBytes: number;
  withPluginBytes: number;
}

/**
 * Builds packages/app twice with `yarn workspace app build`: first with the
 * plugin package left out of feature discovery (`app.packages.exclude`),
 * then as configured, which leaves the full app in packages/app/dist for
 * the card measurement.
 */
export async function measureBundle(
  repositoryRoot: string,
  workDir: string,
): Promise<BundleFigures> {
  const baseConfig = join(repositoryRoot, 'app-config.yaml');
  const excludeConfig = join(workDir, 'app-config.without-plugin.yaml');
  writeFileSync(
    excludeConfig,
    `app:\n  packages:\n    exclude:\n      - '${PLUGIN_PACKAGE}'\n`,
  );

  const withoutPluginBytes = await buildApp(repositoryRoot, [
    baseConfig,
    excludeConfig,
  ]);
  const withPluginBytes = await buildApp(repositoryRoot, [baseConfig]);
  return { withoutPluginBytes, withPluginBytes };
}
