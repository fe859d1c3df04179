import Typography from '@material-ui/core/Typography';
import { KeyValueEditor } from '../keyValues/KeyValueEditor';
import { ListSection } from '../inputs/ListSection';
import { Row } from '../inputs/Row';
import { TextInput } from '../inputs/TextInput';

type LogDraft = {
  logstore?: string;
  path?: string;
  tags?: Record<string, string>;
};

/**
 * Edits the log collection of a container: each entry sends standard output
 * or matching files to a logstore of the node's log agent.
 */
export function LogsEditor(props: {
  path: string;
  value: LogDraft[] | undefined;
  onChange: (value: LogDraft[] | undefined) => void;
}) {
  const { path, value, onChange } = props;
  return (
    <ListSection<LogDraft>
      title="Log collection"
      addLabel="Add log source"
      description="A file path gets an emptyDir volume over its folder so the log agent can read it."
      items={value}
      onChange={onChange}
      createItem={() => ({ logstore: '', path: 'stdout' })}
      renderItem={(log, index, update) => (
        <>
          <Row>
            <TextInput
              path={`${path}[${index}].logstore`}
              label="Logstore"
              required
              value={log.logstore}
              onChange={logstore =>
                update({ ...log, logstore: logstore ?? '' })
              }
              helperText="Letters, digits and -, for example web-access"
            />
            <TextInput
              path={`${path}[${index}].path`}
              label="Source"
              required
              value={log.path}
              onChange={p => update({ ...log, path: p ?? '' })}
              helperText="stdout, or an absolute file path such as /var/log/app/*.log"
            />
          </Row>
          <Typography variant="body2">Tags</Typography>
          <KeyValueEditor
            path={`${path}[${index}].tags`}
            value={log.tags}
            onChange={tags => update({ ...log, tags })}
            addLabel="Add tag"
          />
        </>
      )}
    />
  );
}
