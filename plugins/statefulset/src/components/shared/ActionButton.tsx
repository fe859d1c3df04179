import type { ReactNode } from 'react';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';

/** Props of {@link ActionButton}. */
export interface ActionButtonProps {
  label: string;
  icon?: ReactNode;
  /** Reason the action is unavailable. The button is disabled while it is set. */
  disabledReason?: string;
  onClick: () => void;
}

/**
 * Button of a card action. A disabled button keeps a tooltip with the reason,
 * wrapped in a span because a disabled button fires no mouse events.
 */
export function ActionButton(props: ActionButtonProps) {
  const { label, icon, disabledReason, onClick } = props;

  const button = (
    <Button
      size="small"
      variant="outlined"
      color="primary"
      startIcon={icon}
      disabled={Boolean(disabledReason)}
      onClick={onClick}
    >
      {label}
    </Button>
  );

  if (!disabledReason) {
    return button;
  }

  return (
    <Tooltip title={disabledReason}>
      <span aria-label={`${label}: ${disabledReason}`}>{button}</span>
    </Tooltip>
  );
}
