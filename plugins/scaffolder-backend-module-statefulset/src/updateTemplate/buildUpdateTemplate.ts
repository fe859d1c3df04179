import { immutableStatefulSetFields } from '@internal/backstage-plugin-statefulset-common';
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import {
  UPDATE_TEMPLATE_OUTPUT,
  UPDATE_TEMPLATE_STEPS,
} from './updateTemplateSteps';

/** Path of the create template, relative to the repository root. */
export const CREATE_TEMPLATE_PATH = 'templates/statefulset/template.yaml';

/** Path of the generated update template, relative to the repository root. */
export const UPDATE_TEMPLATE_PATH =
  'templates/statefulset-update/template.yaml';

const HEADER = ` Software template "Update stateful application": proposes a change to a
 StatefulSet created by "Stateful application", as a branch of the local
 repository, a GitHub pull request or a GitLab merge request.
 GENERATED from ${CREATE_TEMPLATE_PATH} by \`yarn templates:generate\`;
 edit that file and generate this one again instead of editing it.
 The pages are the same, with a first field "entity" (the component to
 change) and without the choice of a repository, because the change goes
 to the component's own repository. The card of a component opens this
 template with the values of its values.yaml.`;

/** Prefix of the description of a value that cannot change on an existing set. */
export const IMMUTABLE_PREFIX = 'Cannot change on an existing StatefulSet:';

function requireMap(node: unknown, where: string): YAMLMap {
  if (!isMap(node)) {
    throw new Error(`${CREATE_TEMPLATE_PATH}: ${where} is not a mapping`);
  }
  return node;
}

function requireSeq(node: unknown, where: string): YAMLSeq {
  if (!isSeq(node)) {
    throw new Error(`${CREATE_TEMPLATE_PATH}: ${where} is not a list`);
  }
  return node;
}

/** Creates a string node written as a folded block (`>-`), like the template's own descriptions. */
function foldedText(doc: Document, text: string): Scalar {
  const node = doc.createNode(text) as Scalar;
  node.type = Scalar.BLOCK_FOLDED;
  return node;
}

function setMetadata(doc: Document): void {
  const metadata = requireMap(doc.get('metadata'), 'metadata');
  metadata.set('name', 'update-stateful-application');
  metadata.set('title', 'Update stateful application');
  metadata.set(
    'description',
    foldedText(
      doc,
      'Proposes a change to a StatefulSet created by the template "Stateful ' +
        'application" in its Git repository, which stays the source of truth: ' +
        'a branch of a local repository, a GitHub pull request or a GitLab ' +
        'merge request.',
    ),
  );
}

function addEntityField(doc: Document, firstPage: YAMLMap): void {
  const properties = requireMap(
    firstPage.get('properties'),
    'the first page properties',
  );
  const entity = doc.createPair('entity', {
    title: 'Component',
    type: 'string',
    description: foldedText(
      doc,
      'Component whose StatefulSet changes. The change goes to its repository.',
    ),
    'ui:field': 'EntityPicker',
    // Only components whose annotations name a workload, as the template
    // "Stateful application" writes them.
    'ui:options': {
      catalogFilter: {
        kind: 'Component',
        'metadata.annotations.backstage.io/kubernetes-id': { exists: true },
      },
    },
  });
  properties.items.unshift(entity);

  const required = firstPage.get('required');
  if (isSeq(required)) {
    required.items.unshift(doc.createNode('entity'));
  } else {
    firstPage.set('required', doc.createNode(['entity']));
  }
}

function markImmutableFields(doc: Document, pages: YAMLSeq): void {
  for (const field of immutableStatefulSetFields) {
    const property = pages.items
      .filter(isMap)
      .map(page => page.get('properties'))
      .filter(isMap)
      .map(properties => properties.get(field.path))
      .find(isMap);
    if (!property) {
      throw new Error(
        `${CREATE_TEMPLATE_PATH}: no parameter ${field.path}, which cannot ` +
          'change on an existing StatefulSet; update the list in the common package',
      );
    }

    const current = property.get('description');
    const description = isScalar(current) ? current.value : current;
    const reason = `${IMMUTABLE_PREFIX} ${field.reason}.`;
    property.set(
      'description',
      foldedText(
        doc,
        typeof description === 'string' ? `${reason} ${description}` : reason,
      ),
    );
  }
}

function dropRepositoryChoice(pages: YAMLSeq): void {
  for (const page of pages.items.filter(isMap)) {
    const properties = page.get('properties');
    if (isMap(properties) && properties.has('publishTo')) {
      properties.delete('publishTo');
      page.delete('dependencies');
    }
  }
}

/**
 * Builds the update template from the text of the create template. It keeps
 * the parameter pages with their comments and anchors, adds a first field
 * `entity`, marks the values that cannot change on an existing StatefulSet
 * and drops the choice of repository. Its steps render the values and
 * propose them to the entity's repository.
 */
export function buildUpdateTemplate(createTemplateYaml: string): string {
  const doc = parseDocument(createTemplateYaml);
  if (doc.errors.length > 0) {
    throw new Error(
      `${CREATE_TEMPLATE_PATH} is not valid YAML: ${doc.errors[0].message}`,
    );
  }

  // The create template's header comment belongs to its first key.
  const root = requireMap(doc.contents, 'the document');
  root.commentBefore = undefined;
  const firstKey = root.items[0]?.key;
  if (isScalar(firstKey)) {
    firstKey.commentBefore = undefined;
  }
  doc.commentBefore = HEADER;
  setMetadata(doc);

  const spec = requireMap(doc.get('spec'), 'spec');
  const pages = requireSeq(spec.get('parameters'), 'spec.parameters');
  addEntityField(doc, requireMap(pages.items[0], 'the first page'));
  markImmutableFields(doc, pages);
  dropRepositoryChoice(pages);

  spec.set('steps', doc.createNode(UPDATE_TEMPLATE_STEPS));
  spec.set('output', doc.createNode(UPDATE_TEMPLATE_OUTPUT));

  return doc.toString({ lineWidth: 80, flowCollectionPadding: false });
}
