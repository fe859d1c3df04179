import { useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { CodeSnippet } from '@backstage/core-components';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import type { JsonObject } from '@backstage/types';
import { buildPreview } from './buildPreview';
import { RepositoryChanges } from './RepositoryChanges';
import { WarningList } from './WarningList';

function languageOf(path: string): string {
  if (path.endsWith('.md')) return 'markdown';
  return 'yaml';
}

/** The file that the preview opens first: the StatefulSet manifest when there is one. */
function firstFile(paths: string[]): string | undefined {
  return (
    paths.find(p => /statefulset/i.test(p) && p.startsWith('manifests/')) ??
    paths[0]
  );
}

/**
 * Returns the entity that the update template changes, or undefined in the
 * create template, whose form has no `entity` value.
 */
function entityRefOf(formData: JsonObject | undefined): string | undefined {
  const entity = formData?.entity;
  return typeof entity === 'string' && entity !== '' ? entity : undefined;
}

/**
 * Shows the files that the template will publish, built from the values typed
 * so far, with the warnings beside them. In the update template it first
 * compares the values with the entity's repository. It stores no value of
 * its own.
 */
export function ManifestPreviewField(
  props: FieldExtensionComponentProps<unknown>,
) {
  const formData = (props.formContext as { formData?: JsonObject } | undefined)
    ?.formData;
  const preview = useMemo(() => buildPreview(formData ?? {}), [formData]);
  const [selected, setSelected] = useState<string | undefined>();
  const entityRef = entityRefOf(formData);

  if (preview.kind === 'errors') {
    return (
      <Box mb={2}>
        <Typography variant="h6">{props.schema.title ?? 'Preview'}</Typography>
        <Alert severity="info">
          The preview appears once every value is valid. Go back and fix:
          <ul>
            {preview.errors.map(error => (
              <li key={error.path}>
                {error.path}: {error.message}
              </li>
            ))}
          </ul>
        </Alert>
      </Box>
    );
  }

  const paths = preview.files.map(file => file.path);
  const current =
    selected && paths.includes(selected) ? selected : firstFile(paths);
  const file = preview.files.find(f => f.path === current);

  return (
    <Box mb={2}>
      <Typography variant="h6">{props.schema.title ?? 'Preview'}</Typography>
      {props.schema.description && (
        <Typography variant="body2" color="textSecondary">
          {props.schema.description}
        </Typography>
      )}
      {entityRef && (
        <RepositoryChanges entityRef={entityRef} values={preview.values} />
      )}
      <Grid container spacing={2}>
        <Grid item xs={12} md={3}>
          <Typography variant="subtitle2">Files</Typography>
          <List dense aria-label="Generated files">
            {paths.map(path => (
              <ListItem
                key={path}
                button
                selected={path === current}
                onClick={() => setSelected(path)}
              >
                <ListItemText primary={path} />
              </ListItem>
            ))}
          </List>
        </Grid>
        <Grid item xs={12} md={6}>
          {file && (
            <Box data-testid="manifest-preview" data-file={file.path}>
              <Typography variant="subtitle2">{file.path}</Typography>
              <CodeSnippet
                text={file.content}
                language={languageOf(file.path)}
                showLineNumbers
                showCopyCodeButton
              />
            </Box>
          )}
        </Grid>
        <Grid item xs={12} md={3}>
          <WarningList warnings={preview.warnings} />
        </Grid>
      </Grid>
    </Box>
  );
}
