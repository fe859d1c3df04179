/** Annotation in which `kubectl apply` keeps a copy of the applied object. */
const LAST_APPLIED_ANNOTATION =
  'kubectl.kubernetes.io/last-applied-configuration';

/** Metadata fields that the API server sets on every object. */
const SERVER_SET_METADATA = [
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'selfLink',
  'managedFields',
];

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanMetadata(metadata: unknown): void {
  if (!isObject(metadata)) {
    return;
  }
  for (const field of SERVER_SET_METADATA) {
    delete metadata[field];
  }
  if (isObject(metadata.annotations)) {
    delete metadata.annotations[LAST_APPLIED_ANNOTATION];
    if (Object.keys(metadata.annotations).length === 0) {
      delete metadata.annotations;
    }
  }
}

/**
 * Returns a plain JSON copy of a live StatefulSet without `status`, without
 * the metadata that the API server sets (uid, resourceVersion, generation,
 * creationTimestamp, managedFields, ...) and without the annotation of
 * `kubectl apply`, as on the pod template and the claim templates.
 */
export function cleanLiveStatefulSet(live: object): JsonObject {
  // A JSON round trip turns the client's Date objects into the API server's
  // timestamp strings and leaves out undefined fields.
  const copy = JSON.parse(JSON.stringify(live)) as JsonObject;

  delete copy.status;
  cleanMetadata(copy.metadata);

  const spec = isObject(copy.spec) ? copy.spec : undefined;
  if (spec && isObject(spec.template)) {
    cleanMetadata(spec.template.metadata);
  }
  if (spec && Array.isArray(spec.volumeClaimTemplates)) {
    for (const template of spec.volumeClaimTemplates) {
      if (isObject(template)) {
        cleanMetadata(template.metadata);
        delete template.status;
      }
    }
  }
  return copy;
}
