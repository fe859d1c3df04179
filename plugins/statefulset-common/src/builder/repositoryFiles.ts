import { StatefulSetValues } from '../model';
import { buildManifestSet } from './buildManifests';
import { buildCatalogComponent } from './catalogInfo';
import { buildKustomization } from './kustomization';
import { dropEmptyLists } from './objects';
import { buildRepositoryReadme } from './repositoryReadme';
import { toYaml } from './yaml';

/** One file of the generated repository, with a path relative to its root. */
export interface RepositoryFile {
  path: string;
  content: string;
}

/** Settings of the generated repository that are not part of the template's values. */
export interface RepositoryFilesOptions {
  /** Lifecycle of the catalog entity; `production` when absent. */
  lifecycle?: string;
  /** Value of the `backstage.io/source-location` annotation, e.g. `url:https://github.com/acme/app/tree/main/`. */
  sourceLocation?: string;
  /** Clone URL for the Argo CD and Flux examples in the README; a placeholder when absent. */
  repositoryUrl?: string;
}

const VALUES_HEADER = [
  '# Values of the Backstage template "Stateful application" that produced the',
  '# files of this repository, with defaults filled in. Render them again with',
  '# the same template or its command line to regenerate the manifests.',
].join('\n');

/**
 * Builds the files of the generated repository: one manifest per object under
 * `manifests/`, `kustomization.yaml`, `catalog-info.yaml`, `values.yaml` and
 * `README.md`. Manifests of disabled objects are left out.
 */
export function buildRepositoryFiles(
  values: StatefulSetValues,
  options: RepositoryFilesOptions = {},
): RepositoryFile[] {
  const manifests = buildManifestSet(values);
  const manifestFiles: RepositoryFile[] = [
    { path: 'manifests/statefulset.yaml', object: manifests.statefulSet },
    {
      path: 'manifests/service-headless.yaml',
      object: manifests.headlessService,
    },
    { path: 'manifests/service.yaml', object: manifests.service },
    { path: 'manifests/ingress.yaml', object: manifests.ingress },
    { path: 'manifests/hpa.yaml', object: manifests.horizontalPodAutoscaler },
  ]
    .filter(file => file.object !== undefined)
    .map(file => ({ path: file.path, content: toYaml(file.object) }));

  const manifestPaths = manifestFiles.map(file => file.path);
  const listedPaths = [
    ...manifestPaths,
    'kustomization.yaml',
    'catalog-info.yaml',
    'values.yaml',
  ];

  return [
    ...manifestFiles,
    {
      path: 'kustomization.yaml',
      content: toYaml(buildKustomization(values.namespace, manifestPaths)),
    },
    {
      path: 'catalog-info.yaml',
      content: toYaml(buildCatalogComponent(values, options)),
    },
    {
      path: 'values.yaml',
      content: `${VALUES_HEADER}\n${toYaml(dropEmptyLists(values))}`,
    },
    {
      path: 'README.md',
      content: buildRepositoryReadme(
        values,
        listedPaths,
        options.repositoryUrl,
      ),
    },
  ];
}
