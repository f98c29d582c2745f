import net from 'node:net';

/**
 * A TCP proxy in front of a server (here: PostgreSQL), to take the server away from the service
 * and give it back without touching the server itself.
 *
 * - `cut()`: every open connection is reset and new ones are refused, as when the server restarts.
 * - `blackhole()`: open connections are reset and new ones are accepted but never answered, as when
 *   the network to the server goes silent.
 * - `reset()`: every open connection is reset and new ones are forwarded at once, as when the server
 *   drops its connections and is reachable again straight away (a restart seen after the fact, a failover).
 * - `restore()`: connections are forwarded again, on the same port.
 */
export interface TcpProxy {
  port: number;
  /** `url` with its host and port replaced by the proxy's. */
  urlFor: (url: string) => string;
  cut: () => Promise<void>;
  blackhole: () => Promise<void>;
  reset: () => void;
  restore: () => Promise<void>;
  close: () => Promise<void>;
}

type Mode = 'forward' | 'blackhole';

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: Mode = 'forward';
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  };

  const server = net.createServer((client) => {
    track(client);
    if (mode === 'blackhole') return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });
  const resetAll = () => {
    for (const socket of sockets) socket.resetAndDestroy();
    sockets.clear();
  };

  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    urlFor: (url) => {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(port);
      return proxied.toString();
    },
    cut: async () => {
      mode = 'forward';
      const closed = stopListening();
      resetAll();
      await closed;
    },
    blackhole: async () => {
      mode = 'blackhole';
      resetAll();
      if (!server.listening) await listen(port);
    },
    reset: () => {
      mode = 'forward';
      resetAll();
    },
    restore: async () => {
      // Connections accepted while silent never reached the server: drop them so clients reconnect.
      if (mode === 'blackhole') resetAll();
      mode = 'forward';
      if (!server.listening) await listen(port);
    },
    close: async () => {
      const closed = stopListening();
      resetAll();
      await closed;
    },
  };
}
