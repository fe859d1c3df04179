import Typography from '@material-ui/core/Typography';
import type { JsonObject } from '@backstage/types';
import { mountPathsOf } from './mountPaths';

/** Shows where the containers mount a volume, or that none does yet. */
export function MountedAt(props: {
  formData: JsonObject | undefined;
  name: string | undefined;
}) {
  const paths = mountPathsOf(props.formData, props.name);
  return (
    <Typography variant="body2" color="textSecondary">
      {paths.length > 0
        ? `Mounted at ${paths.join(', ')}`
        : 'Not mounted yet: add a volume mount with this name to a container.'}
    </Typography>
  );
}
