import {
  FieldError,
  StatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';

/** Title and body of the commit and of a pull or merge request. */
export interface ChangeMessage {
  title: string;
  body: string;
}

/**
 * Writes the message of a change. The body lists the values that cannot
 * change on the existing StatefulSet with the steps to recreate it, because
 * the repository accepts such a change but the API server rejects it.
 */
export function buildChangeMessage(options: {
  values: StatefulSetValues;
  entityRef: string;
  title?: string;
  description?: string;
  immutableChanges: FieldError[];
  initiator?: string;
}): ChangeMessage {
  const { values, entityRef, immutableChanges } = options;
  const title =
    options.title?.trim() || `Update the StatefulSet ${values.name}`;

  const sections: string[] = [];
  if (options.description?.trim()) {
    sections.push(options.description.trim());
  }
  const requestedBy = options.initiator
    ? `, requested by ${options.initiator}`
    : '';
  sections.push(
    `Rendered by the template "Update stateful application" for ${entityRef}${requestedBy}.`,
  );
  if (immutableChanges.length > 0) {
    sections.push(
      [
        'WARNING: this change cannot be applied to the existing StatefulSet:',
        ...immutableChanges.map(
          change => `- ${change.path}: ${change.message}`,
        ),
      ].join('\n'),
    );
  }
  return { title, body: sections.join('\n\n') };
}
