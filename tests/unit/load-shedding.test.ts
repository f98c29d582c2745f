import net from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it } from 'vitest';
import { problemDetails } from '../../src/plugins/problem-details.js';
import { type LoadSheddingOptions, loadShedding } from '../../src/plugins/under-pressure.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The shedding plugin on a bare Fastify with the service's error rendering and two routes. */
async function build(options: LoadSheddingOptions, handler: () => Promise<unknown> = async () => ({ ok: true })) {
  const built = Fastify({ return503OnClosing: false });
  built.setValidatorCompiler(validatorCompiler);
  built.setSerializerCompiler(serializerCompiler);
  await built.register(problemDetails);
  await built.register(loadShedding, options);
  built.get('/healthz', async () => ({ status: 'ok' }));
  built.get('/v1/work', handler);
  app = built;
  return built;
}

async function until(condition: () => boolean) {
  for (let attempt = 0; attempt < 200 && !condition(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(condition()).toBe(true);
}

describe('load shedding', () => {
  it('answers 503 problems with Retry-After under pressure, and liveness still 200', async () => {
    // Any heap in use is above a threshold of one byte: the process counts as overloaded at the first sample.
    const built = await build({ maxEventLoopDelay: 0, maxHeapUsedBytes: 1, sampleInterval: 10 });
    await built.ready();
    await until(() => built.isUnderPressure());

    const shed = await built.inject({ url: '/v1/work' });
    expect(shed.statusCode).toBe(503);
    expect(shed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(shed.headers['retry-after']).toBe('5');
    expect(shed.json()).toMatchObject({ status: 503, code: 'unavailable', type: '/problems/unavailable' });

    const live = await built.inject({ url: '/healthz' });
    expect(live.statusCode).toBe(200);
  });

  it('serves normally below the thresholds', async () => {
    const built = await build({ maxEventLoopDelay: 0, maxHeapUsedBytes: 0, sampleInterval: 10 });
    await built.ready();
    expect(built.isUnderPressure()).toBe(false);
    expect((await built.inject({ url: '/v1/work' })).statusCode).toBe(200);
  });

  it('while closing, finishes the request in flight and answers a later one with a 503 problem', async () => {
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => {
      started = resolve;
    });
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const built = await build({ maxEventLoopDelay: 0, maxHeapUsedBytes: 0 }, async () => {
      started();
      await finished;
      return { ok: true };
    });
    const sent: number[] = [];
    built.addHook('onSend', async (_request, reply) => {
      sent.push(reply.statusCode);
    });
    await built.listen({ port: 0, host: '127.0.0.1' });
    const { port } = built.server.address() as net.AddressInfo;

    // One keep-alive connection: its first request is in flight when closing starts; the second
    // arrives on it once the server no longer accepts connections.
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      received += chunk;
    });
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write('GET /v1/work HTTP/1.1\r\nHost: test\r\n\r\n');
    await inFlight;

    const closed = built.close();
    await until(() => !built.server.listening);
    socket.write('GET /v1/work HTTP/1.1\r\nHost: test\r\n\r\n');
    await until(() => sent.length === 1);
    finish();
    await ended;
    await closed;
    app = undefined;

    const answers = received.split(/(?=HTTP\/1\.1 \d{3})/);
    expect(answers.map((answer) => answer.slice(9, 12))).toEqual(['200', '503']);
    const later = answers[1] as string;
    expect(later).toMatch(/content-type: application\/problem\+json/i);
    expect(later).toMatch(/retry-after: 1/i);
    expect(later).toMatch(/connection: close/i);
    expect(later).toContain('"code":"unavailable"');
  });
});
