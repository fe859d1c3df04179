import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { ClaimSummary } from '@internal/backstage-plugin-statefulset-common';

/** Claims of one ordinal: name, phase, size and class, and whether it was kept. */
export function ClaimList(props: { claims: ClaimSummary[] }) {
  const { claims } = props;

  if (claims.length === 0) {
    return <Typography variant="body2">-</Typography>;
  }

  return (
    <>
      {claims.map(claim => (
        <Box key={claim.name} mb={0.5}>
          <Typography variant="body2">
            {claim.name} ({claim.phase}
            {claim.capacity ?? claim.requestedStorage
              ? `, ${claim.capacity ?? claim.requestedStorage}`
              : ''}
            {claim.storageClassName ? `, ${claim.storageClassName}` : ''})
          </Typography>
          {claim.retained && <Chip size="small" label="kept after scale-in" />}
        </Box>
      ))}
    </>
  );
}
