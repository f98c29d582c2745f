import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request a receiver got: its headers and body as sent. */
export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: the payload is read as loosely typed JSON
  json: { type: string; timestamp: string; data: Record<string, any> };
}

/** What the receiver does with a request: answer a status (with headers), hang, or drop the connection. */
export type Behaviour =
  | { status: number; headers?: Record<string, string>; delayMs?: number }
  | { hang: true }
  | { reset: true };

/**
 * A webhook receiver on 127.0.0.1 for tests: records every request, answers as told. It can be
 * stopped and started again on the same port (a site that is down for a while).
 */
export class Receiver {
  readonly received: Received[] = [];
  behaviour: (request: Received) => Behaviour = () => ({ status: 204 });
  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();
  port = 0;

  get url() {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async start(): Promise<this> {
    const server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const headers = Object.fromEntries(
          Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
        );
        const got: Received = { path: request.url ?? '', headers, body, json: JSON.parse(body) };
        this.received.push(got);
        const behaviour = this.behaviour(got);
        if ('hang' in behaviour) {
          this.hanging.add(response);
          return;
        }
        if ('reset' in behaviour) {
          request.socket.destroy();
          return;
        }
        const answer = () => response.writeHead(behaviour.status, behaviour.headers).end('ok');
        if (behaviour.delayMs) setTimeout(answer, behaviour.delayMs);
        else answer();
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.hanging.clear();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The requests of one event type. */
  of(type: string): Received[] {
    return this.received.filter((item) => item.json.type === type);
  }
}

/** Polls `check` until it returns a value other than undefined/false, or fails after the deadline. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 20_000, what = 'the condition' }: { timeoutMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
