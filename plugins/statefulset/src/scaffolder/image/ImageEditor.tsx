import type { ImageDraft } from '../drafts';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { SuggestInput } from '../inputs/SuggestInput';
import { TextInput } from '../inputs/TextInput';
import { useRegistrySuggestions } from './useRegistrySuggestions';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;

/** Edits a container image: repository, tag or digest, and pull policy. */
export function ImageEditor(props: {
  path: string;
  value: ImageDraft | undefined;
  onChange: (value: ImageDraft) => void;
}) {
  const { path, onChange } = props;
  const value = props.value ?? {};
  const suggestions = useRegistrySuggestions(value.repository);

  return (
    <>
      <Row>
        <SuggestInput
          path={`${path}.repository`}
          label="Image repository"
          required
          value={value.repository}
          suggestions={suggestions.repositories}
          onChange={repository =>
            onChange({ ...value, repository: repository ?? '' })
          }
          helperText="For example nginx or registry.example.com/team/app"
        />
        <SuggestInput
          path={`${path}.tag`}
          label="Tag"
          value={value.tag}
          suggestions={suggestions.tags}
          onChange={tag => onChange({ ...value, tag })}
          helperText="For example 1.27.3; avoid latest"
        />
      </Row>
      <Row>
        <TextInput
          path={`${path}.digest`}
          label="Digest"
          value={value.digest}
          onChange={digest => onChange({ ...value, digest })}
          helperText="Optional, sha256:<64 hex digits>; pins the exact image"
        />
        <SelectInput
          path={`${path}.pullPolicy`}
          label="Pull policy"
          value={value.pullPolicy}
          options={PULL_POLICIES}
          unsetLabel="Kubernetes default"
          onChange={pullPolicy => onChange({ ...value, pullPolicy })}
          helperText="Default: Always for latest or no tag, else IfNotPresent"
        />
      </Row>
    </>
  );
}
