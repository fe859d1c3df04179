import {
  ConfigurationOptions,
  Observable,
  RequestContext,
  ResponseContext,
} from '@kubernetes/client-node';

/**
 * Per-request options for the API clients: a timeout that aborts the request,
 * and optionally a Content-Type, which patch requests need because the
 * generated client defaults to JSON Patch.
 */
export function requestOptions(options: {
  timeoutMs: number;
  contentType?: string;
}): ConfigurationOptions {
  return {
    middleware: [
      {
        pre: (context: RequestContext) => {
          context.setSignal(AbortSignal.timeout(options.timeoutMs));
          if (options.contentType) {
            context.setHeaderParam('Content-Type', options.contentType);
          }
          return new Observable(Promise.resolve(context));
        },
        post: (response: ResponseContext) =>
          new Observable(Promise.resolve(response)),
      },
    ],
    middlewareMergeStrategy: 'append',
  };
}
