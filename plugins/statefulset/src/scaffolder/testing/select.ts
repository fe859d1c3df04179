import { fireEvent, screen, within } from '@testing-library/react';
import { inputAt } from './renderField';

/** Opens the MUI drop-down bound to `path` and picks the option with this text. */
export function pickOption(
  container: HTMLElement,
  path: string,
  option: string,
) {
  fireEvent.mouseDown(inputAt(container, path));
  const listbox = screen.getByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
}
