import { useEffect, useState } from 'react';
import { TextInput } from './TextInput';

function toList(text: string | undefined): string[] | undefined {
  const lines = (text ?? '').split('\n').filter(line => line !== '');
  return lines.length > 0 ? lines : undefined;
}

/**
 * A list of strings typed one per line, such as a command and its arguments.
 * Each line becomes one element as typed, spaces included, so no shell
 * splitting takes place. Empty lines are dropped from the list but stay in
 * the box while typing.
 */
export function StringListInput(props: {
  path: string;
  label: string;
  value: string[] | undefined;
  onChange: (value: string[] | undefined) => void;
  helperText?: string;
}) {
  const { value, onChange, ...rest } = props;
  const [text, setText] = useState(value?.join('\n') ?? '');

  // Take over lists that the form replaced from outside, such as a reset.
  useEffect(() => {
    if (
      JSON.stringify(toList(text)) !==
      JSON.stringify(value?.length ? value : undefined)
    ) {
      setText(value?.join('\n') ?? '');
    }
    // Only outside changes matter here; typed text is already in `text`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  return (
    <TextInput
      {...rest}
      multiline
      value={text}
      onChange={next => {
        setText(next ?? '');
        onChange(toList(next));
      }}
    />
  );
}
