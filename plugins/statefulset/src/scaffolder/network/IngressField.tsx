import { EnabledSwitch } from '../inputs/EnabledSwitch';
import { ListSection } from '../inputs/ListSection';
import { PortRefInput } from '../inputs/PortRefInput';
import { Row } from '../inputs/Row';
import { SelectInput } from '../inputs/SelectInput';
import { StringListInput } from '../inputs/StringListInput';
import { TextInput } from '../inputs/TextInput';
import { ModelField, ModelFieldProps, fieldKey } from '../ModelField';

import type {
  IngressDraft as Draft,
  IngressPathDraft as Path,
  IngressRuleDraft as Rule,
  IngressTlsDraft as Tls,
} from '../drafts';

const PATH_TYPES = ['Prefix', 'Exact', 'ImplementationSpecific'] as const;

/** Field for `ingress`: HTTP routes to the access Service, with optional TLS. */
export function IngressField(props: ModelFieldProps<Draft | undefined>) {
  const key = fieldKey(props, 'ingress');
  const value: Draft = props.formData ?? { enabled: false };
  const set = (next: Draft) => props.onChange(next);

  return (
    <ModelField field={props} defaultKey="ingress">
      <EnabledSwitch
        path={`${key}.enabled`}
        label="Create an Ingress"
        checked={value.enabled}
        onChange={enabled =>
          set(
            enabled
              ? {
                  ...value,
                  enabled,
                  // The schema's default is an empty list, which no Ingress accepts.
                  rules: value.rules?.length
                    ? value.rules
                    : [{ paths: [{ path: '/', pathType: 'Prefix' }] }],
                }
              : { enabled: false },
          )
        }
      />
      {value.enabled && (
        <>
          <TextInput
            path={`${key}.className`}
            label="Ingress class"
            value={value.className}
            onChange={className => set({ ...value, className })}
            helperText="Empty: the cluster's default class"
          />
          <ListSection<Rule>
            title="Rules"
            addLabel="Add rule"
            items={value.rules}
            onChange={rules => set({ ...value, rules: rules ?? [] })}
            createItem={() => ({ paths: [{ path: '/', pathType: 'Prefix' }] })}
            renderItem={(rule, r, updateRule) => (
              <>
                <TextInput
                  path={`${key}.rules[${r}].host`}
                  label="Host"
                  value={rule.host}
                  onChange={host => updateRule({ ...rule, host })}
                  helperText="For example app.example.com; empty: any host"
                />
                <ListSection<Path>
                  title="Paths"
                  addLabel="Add path"
                  items={rule.paths}
                  onChange={paths =>
                    updateRule({ ...rule, paths: paths ?? [] })
                  }
                  createItem={() => ({ path: '/', pathType: 'Prefix' })}
                  renderItem={(path, p, updatePath) => (
                    <Row>
                      <TextInput
                        path={`${key}.rules[${r}].paths[${p}].path`}
                        label="Path"
                        required
                        value={path.path}
                        onChange={v => updatePath({ ...path, path: v ?? '' })}
                      />
                      <SelectInput
                        path={`${key}.rules[${r}].paths[${p}].pathType`}
                        label="Path type"
                        value={path.pathType}
                        options={PATH_TYPES}
                        onChange={pathType => updatePath({ ...path, pathType })}
                      />
                      <PortRefInput
                        path={`${key}.rules[${r}].paths[${p}].servicePort`}
                        label="Service port"
                        required
                        value={path.servicePort}
                        onChange={servicePort =>
                          updatePath({ ...path, servicePort })
                        }
                        helperText="Port number or name of the access Service"
                      />
                    </Row>
                  )}
                />
              </>
            )}
          />
          <ListSection<Tls>
            title="TLS"
            addLabel="Add TLS certificate"
            items={value.tls}
            onChange={tls => set({ ...value, tls })}
            createItem={() => ({ hosts: [], secretName: '' })}
            renderItem={(tls, t, update) => (
              <Row>
                <StringListInput
                  path={`${key}.tls[${t}].hosts`}
                  label="Hosts"
                  value={tls.hosts}
                  onChange={hosts => update({ ...tls, hosts: hosts ?? [] })}
                  helperText="One host per line"
                />
                <TextInput
                  path={`${key}.tls[${t}].secretName`}
                  label="TLS Secret"
                  required
                  value={tls.secretName}
                  onChange={secretName =>
                    update({ ...tls, secretName: secretName ?? '' })
                  }
                />
              </Row>
            )}
          />
        </>
      )}
    </ModelField>
  );
}
