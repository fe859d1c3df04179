import { ListSection } from '../inputs/ListSection';
import { Row } from '../inputs/Row';
import { TextInput } from '../inputs/TextInput';

type HeaderDraft = { name?: string; value?: string };

/** Edits the custom headers of a probe's HTTP request. */
export function HttpHeadersEditor(props: {
  path: string;
  value: HeaderDraft[] | undefined;
  onChange: (value: HeaderDraft[] | undefined) => void;
}) {
  const { path, value, onChange } = props;
  return (
    <ListSection<HeaderDraft>
      title="HTTP headers"
      addLabel="Add header"
      items={value}
      onChange={onChange}
      createItem={() => ({ name: '', value: '' })}
      renderItem={(header, index, update) => (
        <Row>
          <TextInput
            path={`${path}[${index}].name`}
            label="Header name"
            required
            value={header.name}
            onChange={name => update({ ...header, name: name ?? '' })}
            helperText="For example X-Probe"
          />
          <TextInput
            path={`${path}[${index}].value`}
            label="Header value"
            value={header.value}
            onChange={headerValue =>
              update({ ...header, value: headerValue ?? '' })
            }
          />
        </Row>
      )}
    />
  );
}
