import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { GitOpsSummary } from '@internal/backstage-plugin-statefulset-common';

/** Props of {@link GitOpsWarning}. */
export interface GitOpsWarningProps {
  gitOps: GitOpsSummary;
  /** Field that the live change sets, e.g. `spec.replicas`. */
  field: string;
  /** Web address of the component's source repository, when the entity has one. */
  repositoryUrl?: string;
  /** True when the dialog offers Propose in Git, which the text then names. */
  canProposeInGit?: boolean;
}

const TOOL_NAMES: Record<GitOpsSummary['tool'], string> = {
  argocd: 'Argo CD',
  flux: 'Flux',
};

/**
 * Warns that a GitOps tool manages the set, so its next sync reverts a change
 * made in the cluster, and links to the repository where the change lasts.
 */
export function GitOpsWarning(props: GitOpsWarningProps) {
  const { gitOps, field, repositoryUrl, canProposeInGit } = props;
  const tool = TOOL_NAMES[gitOps.tool];
  const owner = gitOps.owner ? ` (${gitOps.owner})` : '';

  return (
    <Alert severity="warning">
      <Typography variant="body2">
        {tool}
        {owner} manages this StatefulSet, so its next sync reverts a live change
        of {field}. To keep the change,{' '}
        {canProposeInGit
          ? 'use Propose in Git, which opens the update template'
          : 'edit the manifests in the repository'}
        .
      </Typography>
      {repositoryUrl ? (
        <Link href={repositoryUrl} target="_blank" rel="noopener noreferrer">
          Open the source repository
        </Link>
      ) : (
        <Typography variant="body2">
          The entity has no backstage.io/source-location annotation, so the card
          cannot link to its repository.
        </Typography>
      )}
    </Alert>
  );
}
