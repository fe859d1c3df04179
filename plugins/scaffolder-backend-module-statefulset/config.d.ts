export interface Config {
  statefulset?: {
    /**
     * Folder that holds the bare Git repositories created by the
     * `publish:local-git` scaffolder action, one `<name>.git` each, with a
     * checked-out copy `<name>` beside it that the catalog reads. A relative
     * path resolves against the backend's working directory. Defaults to
     * `backstage-local-git` in the system's temporary folder.
     */
    localGitRoot?: string;
  };
}
