import Alert from '@material-ui/lab/Alert';
import type { ManifestComparisonResponse } from '@internal/backstage-plugin-statefulset-common';
import { formatCount } from '../../lib/formatNameList';

/**
 * Summarizes the comparison in one line: drift, no drift, or the missing
 * side that kept anything from being compared.
 */
export function ComparisonSummary(props: {
  comparison: ManifestComparisonResponse;
}) {
  const { comparison } = props;
  const { live, git, differences, drift } = comparison;

  if (live === undefined || git === undefined) {
    return (
      <Alert severity="info">
        Nothing was compared because{' '}
        {live === undefined ? 'the live StatefulSet' : 'the Git manifest'} is
        missing; the dialog shows what exists.
      </Alert>
    );
  }

  if (drift) {
    const count = Math.max(differences.length, 1);
    return (
      <Alert severity="warning">
        {formatCount(count, 'field')} of the live StatefulSet{' '}
        {count === 1 ? 'differs' : 'differ'} from Git. A change made directly in
        the cluster lasts only until the next deploy from Git; to keep it,
        propose it in Git with Edit.
      </Alert>
    );
  }

  return (
    <Alert severity="success">
      The live StatefulSet has the Git value in every field that Git sets.
      Fields that Git does not set, such as server defaults, are not compared.
    </Alert>
  );
}
