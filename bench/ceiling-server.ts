/**
 * The HTTP ceiling of the benchmark: bare Fastify, the same version as the service, answering each
 * path with a body fixed in advance (the service's own answer to it, captured by bench/run.ts). Its
 * rate under the same load is what HTTP alone allows on this machine, so a scenario's rate reads as
 * a ratio of it.
 *
 *   PUT /__bodies   [{ path, status, type, body (base64) }]: the answers to serve from now on
 *   GET /__ready    200 once listening
 */
import Fastify from 'fastify';

interface Answer {
  status: number;
  type: string;
  body: Buffer;
}

const answers = new Map<string, Answer>();
const app = Fastify({ logger: false, bodyLimit: 512 * 1024 * 1024 });

app.get('/__ready', async () => 'ok');
app.put<{ Body: { path: string; status: number; type: string; body: string }[] }>('/__bodies', async (request) => {
  answers.clear();
  for (const { path, status, type, body } of request.body) {
    answers.set(path, { status, type, body: Buffer.from(body, 'base64') });
  }
  return { paths: answers.size };
});
app.get('*', (request, reply) => {
  const answer = answers.get(request.url);
  if (!answer) return reply.code(404).send();
  return reply.code(answer.status).type(answer.type).send(answer.body);
});

await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) });
