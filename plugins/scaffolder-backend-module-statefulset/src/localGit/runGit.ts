import { execFile } from 'node:child_process';

/** Options of {@link runGit}. */
export type RunGitOptions = {
  cwd?: string;
  env?: Record<string, string>;
  /** Configuration for this command only, passed as `-c key=value`. */
  config?: Record<string, string>;
};

/**
 * Runs the `git` executable with the given arguments, without a shell, and
 * returns its standard output.
 *
 * The user's global and system Git configuration is ignored, so hooks,
 * templates or signing settings of the machine do not change what gets
 * committed.
 */
export function runGit(
  args: string[],
  options: RunGitOptions = {},
): Promise<string> {
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    ...options.env,
  };

  const configArgs = Object.entries(options.config ?? {}).flatMap(
    ([key, value]) => ['-c', `${key}=${value}`],
  );

  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...configArgs, ...args],
      { cwd: options.cwd, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const detail =
            String(stderr).trim() || String(stdout).trim() || error.message;
          reject(new Error(`git ${args[0]} failed: ${detail}`));
          return;
        }
        resolve(String(stdout));
      },
    );
  });
}
