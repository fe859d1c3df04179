import Chip from '@material-ui/core/Chip';
import WarningIcon from '@material-ui/icons/Warning';
import type { ManifestComparisonResponse } from '@internal/backstage-plugin-statefulset-common';
import { formatCount } from '../../lib/formatNameList';

/**
 * Flags the fields whose live value differs from Git, with their count, in
 * the set's summary. A click opens View YAML. Renders nothing without drift,
 * and also while the comparison is loading or after it failed.
 */
export function DriftChip(props: {
  comparison?: ManifestComparisonResponse;
  onClick: () => void;
}) {
  const { comparison, onClick } = props;
  if (!comparison?.drift) {
    return null;
  }

  const count = Math.max(comparison.differences.length, 1);
  return (
    <Chip
      size="small"
      color="secondary"
      icon={<WarningIcon />}
      label={`Differs from Git: ${formatCount(count, 'field')}`}
      onClick={onClick}
      aria-label={`Differs from Git: ${formatCount(
        count,
        'field',
      )}; open View YAML`}
    />
  );
}
