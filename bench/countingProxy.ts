import { createServer, Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AddressInfo } from 'node:net';

/** One request that passed through the proxy. */
export interface ProxiedRequest {
  method: string;
  path: string;
  at: number;
}

/**
 * A plain HTTP proxy on 127.0.0.1 in front of one API server that records
 * every request it forwards, watches included, when the request starts.
 * The portal under test reaches the cluster only through it, so its
 * records are exactly the portal's Kubernetes requests.
 */
export class CountingProxy {
  readonly requests: ProxiedRequest[] = [];
  #server?: Server;

  constructor(private readonly target: { url: string; ca: Buffer }) {}

  async start(port: number): Promise<string> {
    const target = new URL(this.target.url);
    this.#server = createServer((incoming, outgoing) => {
      this.requests.push({
        method: incoming.method ?? 'GET',
        path: incoming.url ?? '',
        at: Date.now(),
      });
      const upstream = httpsRequest(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: target.host },
          ca: this.target.ca,
        },
        response => {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
        },
      );
      upstream.on('error', error => {
        if (!outgoing.headersSent) {
          outgoing.writeHead(502, { 'content-type': 'text/plain' });
        }
        outgoing.end(`proxy to ${this.target.url} failed: ${error.message}`);
      });
      incoming.pipe(upstream);
    });
    await new Promise<void>((resolve, reject) => {
      this.#server!.once('error', reject);
      this.#server!.listen(port, '127.0.0.1', resolve);
    });
    const address = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  /** Number of requests recorded so far, to subtract as a baseline. */
  mark(): number {
    return this.requests.length;
  }

  /** Requests recorded since `mark`. */
  since(mark: number): ProxiedRequest[] {
    return this.requests.slice(mark);
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>(resolve => this.#server?.close(() => resolve()));
  }
}
