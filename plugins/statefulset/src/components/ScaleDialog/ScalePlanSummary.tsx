import Typography from '@material-ui/core/Typography';
import type { ScalePlan } from '../../lib/scalePlan';
import {
  formatCount,
  formatNameList,
  podNames,
} from '../../lib/formatNameList';

/** Lists the pods a scale creates or removes and what happens to their claims. */
export function ScalePlanSummary(props: { plan: ScalePlan; setName: string }) {
  const { plan, setName } = props;

  if (plan.from === plan.to) {
    return (
      <Typography variant="body2">
        The set already has {formatCount(plan.to, 'replica')}; nothing changes.
      </Typography>
    );
  }

  return (
    <>
      {plan.createdOrdinals.length > 0 && (
        <Typography variant="body2" data-testid="scale-plan-created">
          Creates {formatCount(plan.createdOrdinals.length, 'pod')}:{' '}
          {formatNameList(podNames(setName, plan.createdOrdinals))}, in ordinal
          order.
        </Typography>
      )}
      {plan.reusedClaims.length > 0 && (
        <Typography variant="body2" data-testid="scale-plan-reused">
          Reattaches claims kept from an earlier scale-in:{' '}
          {formatNameList(plan.reusedClaims)}.
        </Typography>
      )}
      {plan.newClaims.length > 0 && (
        <Typography variant="body2" data-testid="scale-plan-new-claims">
          Creates claims: {formatNameList(plan.newClaims)}.
        </Typography>
      )}
      {plan.removedOrdinals.length > 0 && (
        <Typography variant="body2" data-testid="scale-plan-removed">
          Removes {formatCount(plan.removedOrdinals.length, 'pod')}:{' '}
          {formatNameList(podNames(setName, plan.removedOrdinals))}, highest
          ordinal first.
        </Typography>
      )}
      {plan.keptClaims.length > 0 && (
        <Typography variant="body2" data-testid="scale-plan-kept">
          Keeps claims (whenScaled: Retain): {formatNameList(plan.keptClaims)}.
          They and their data stay until you delete them, and a later scale-up
          attaches them again.
        </Typography>
      )}
      {plan.deletedClaims.length > 0 && (
        <Typography variant="body2" data-testid="scale-plan-deleted">
          Deletes claims (whenScaled: Delete):{' '}
          {formatNameList(plan.deletedClaims)}. Their data is lost unless the
          storage class retains the volumes.
        </Typography>
      )}
    </>
  );
}
