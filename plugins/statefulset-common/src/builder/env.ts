import { EnvEntry } from '../model';
import { EnvFromSource, EnvVar } from './kubernetesTypes';

/** Splits environment entries into `env` variables and `envFrom` sources, keeping their order. */
export function buildEnv(entries: ReadonlyArray<EnvEntry> = []): {
  env: EnvVar[];
  envFrom: EnvFromSource[];
} {
  const env: EnvVar[] = [];
  const envFrom: EnvFromSource[] = [];

  for (const entry of entries) {
    switch (entry.source) {
      case 'value':
        env.push({ name: entry.name, value: entry.value });
        break;
      case 'configMapKey':
        env.push({
          name: entry.name,
          valueFrom: {
            configMapKeyRef: withOptional(
              { name: entry.configMapName, key: entry.key },
              entry.optional,
            ),
          },
        });
        break;
      case 'secretKey':
        env.push({
          name: entry.name,
          valueFrom: {
            secretKeyRef: withOptional(
              { name: entry.secretName, key: entry.key },
              entry.optional,
            ),
          },
        });
        break;
      case 'fieldRef':
        env.push({
          name: entry.name,
          valueFrom: { fieldRef: { fieldPath: entry.fieldPath } },
        });
        break;
      case 'configMap':
        envFrom.push({
          ...prefixOf(entry.prefix),
          configMapRef: { name: entry.configMapName },
        });
        break;
      case 'secret':
        envFrom.push({
          ...prefixOf(entry.prefix),
          secretRef: { name: entry.secretName },
        });
        break;
      default:
        assertNever(entry);
    }
  }
  return { env, envFrom };
}

function withOptional<T extends object>(
  reference: T,
  optional: boolean | undefined,
): T & { optional?: boolean } {
  return optional === undefined ? reference : { ...reference, optional };
}

function prefixOf(prefix: string | undefined): { prefix?: string } {
  return prefix ? { prefix } : {};
}

function assertNever(entry: never): never {
  throw new Error(`Unknown environment entry ${JSON.stringify(entry)}`);
}
