import type { ReactNode } from 'react';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';

/** Props of {@link ConfirmActions}. */
export interface ConfirmActionsProps {
  /** Label of the confirm button, e.g. "Scale". */
  confirmLabel: string;
  /** Label of the confirm button while the request runs, e.g. "Scaling…". */
  submittingLabel: string;
  submitting: boolean;
  confirmDisabled: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  /** Further buttons, placed between Cancel and the confirm button. */
  children?: ReactNode;
}

/** Action row of a confirmation dialog: Cancel, any further buttons, then the confirm button. */
export function ConfirmActions(props: ConfirmActionsProps) {
  const {
    confirmLabel,
    submittingLabel,
    submitting,
    confirmDisabled,
    onCancel,
    onConfirm,
    children,
  } = props;

  return (
    <DialogActions>
      <Button onClick={onCancel}>Cancel</Button>
      {children}
      <Button
        color="primary"
        variant="contained"
        disabled={confirmDisabled}
        onClick={onConfirm}
      >
        {submitting ? submittingLabel : confirmLabel}
      </Button>
    </DialogActions>
  );
}
