import { LifecycleHook, Probe as ProbeValues } from '../model';
import { Handler, HTTPGetAction, Probe } from './kubernetesTypes';
import { dropUndefined } from './objects';

type HttpGetValues = NonNullable<
  Extract<ProbeValues, { type: 'httpGet' }>['httpGet']
>;

function buildHttpGet(httpGet: HttpGetValues): HTTPGetAction {
  return dropUndefined({
    path: httpGet.path,
    port: httpGet.port,
    host: httpGet.host,
    scheme: httpGet.scheme,
    httpHeaders: httpGet.httpHeaders?.map(header => ({
      name: header.name,
      value: header.value,
    })),
  });
}

/** Builds the one handler that `type` names; the model rejects any other. */
function buildHandler(handler: ProbeValues | LifecycleHook): Handler {
  switch (handler.type) {
    case 'httpGet':
      return { httpGet: buildHttpGet(handler.httpGet) };
    case 'tcpSocket':
      return { tcpSocket: { port: handler.tcpSocket.port } };
    case 'exec':
      return { exec: { command: [...handler.exec.command] } };
    default:
      throw new Error(`Unknown handler type ${JSON.stringify(handler)}`);
  }
}

export function buildProbe(probe: ProbeValues | undefined): Probe | undefined {
  if (!probe) {
    return undefined;
  }
  return dropUndefined({
    ...buildHandler(probe),
    initialDelaySeconds: probe.initialDelaySeconds,
    periodSeconds: probe.periodSeconds,
    timeoutSeconds: probe.timeoutSeconds,
    successThreshold: probe.successThreshold,
    failureThreshold: probe.failureThreshold,
  });
}

export function buildLifecycleHook(
  hook: LifecycleHook | undefined,
): Handler | undefined {
  return hook ? buildHandler(hook) : undefined;
}
