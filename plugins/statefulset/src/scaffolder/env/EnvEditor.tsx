import { ListSection } from '../inputs/ListSection';
import { EnvEntryEditor } from './EnvEntryEditor';

type Draft = Parameters<typeof EnvEntryEditor>[0]['value'];

/** Edits a container's environment: variables and whole ConfigMaps or Secrets. */
export function EnvEditor(props: {
  path: string;
  value: Draft[] | undefined;
  onChange: (value: Draft[] | undefined) => void;
}) {
  const { path, value, onChange } = props;
  return (
    <ListSection
      title="Environment"
      addLabel="Add variable"
      items={value}
      onChange={onChange}
      createItem={(): Draft => ({ source: 'value', name: '', value: '' })}
      renderItem={(entry, index, update) => (
        <EnvEntryEditor
          path={`${path}[${index}]`}
          value={entry}
          onChange={update}
        />
      )}
    />
  );
}
