import { TextInput } from './TextInput';

/** A port given by number or by the name of a container port: digits become a number. */
export function PortRefInput(props: {
  path: string;
  label: string;
  value: number | string | undefined;
  onChange: (value: number | string | undefined) => void;
  helperText?: string;
  required?: boolean;
}) {
  const { value, onChange, ...rest } = props;
  return (
    <TextInput
      {...rest}
      value={value === undefined ? undefined : String(value)}
      onChange={text =>
        onChange(
          text !== undefined && /^[0-9]+$/.test(text) ? Number(text) : text,
        )
      }
    />
  );
}
