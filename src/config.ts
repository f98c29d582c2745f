import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * The environment, validated once at start. Nothing else reads process.env:
 * the parsed object is passed to whatever needs it, so tests build apps with
 * plain objects instead of mutating the environment.
 */
const integer = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL');

const list = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

const redisUrl = z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL');

const booleanFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

const envSchema = z.object({
  PORT: integer(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_READ_URL: list(postgresUrl).optional(),
  PGLITE_DATA_DIR: z.string().min(1).default('./data/pglite'),
  SEED_ON_EMPTY: booleanFlag.default(true),
  ADMIN_API_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  CORS_ORIGINS: list(z.string().min(1)).default(['*']),
  RATE_LIMIT_MAX: integer(1, 1_000_000).default(600),
  /** Shared rate-limit counts; unset means each instance counts in its own memory. */
  REDIS_URL: redisUrl.optional(),
  /** Put before every key this service writes to Redis, so deployments can share one server. */
  REDIS_KEY_PREFIX: z.string().min(1).max(100).default('him-program-finder:'),
  CACHE_MAX_AGE: integer(0, 31_536_000).default(60),
  /** Public answers kept in memory (an LRU, also bounded in bytes); 0 turns the response cache off. */
  RESPONSE_CACHE_SIZE: integer(0, 1_000_000).default(2000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFlag.default(false),
  SHED_EVENT_LOOP_DELAY_MS: integer(0, 60_000).default(1000),
  /** Webhook targets may be http and resolve to loopback or private addresses (tests, private networks). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: booleanFlag.default(false),
  /**
   * Encrypts webhook signing secrets at rest (AES-256-GCM, key derived by HKDF). Unset: secrets are
   * stored as they are, and a database dump reveals them.
   */
  WEBHOOK_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** A webhook request (connect, send, answer) is abandoned after this long. */
  WEBHOOK_TIMEOUT_MS: integer(100, 120_000).default(10_000),
  /** The first retry's delay; each further one doubles, up to WEBHOOK_RETRY_MAX_DELAY_MS, with jitter. */
  WEBHOOK_RETRY_BASE_MS: integer(1, 86_400_000).default(30_000),
  WEBHOOK_RETRY_MAX_DELAY_MS: integer(1, 604_800_000).default(21_600_000),
  /** A subscription whose deliveries have failed for this long without a success is disabled. */
  WEBHOOK_DISABLE_AFTER_MS: integer(1, 2_592_000_000).default(259_200_000),
  /** How often each instance looks for due deliveries (besides being woken by every write). */
  WEBHOOK_POLL_MS: integer(10, 600_000).default(1_000),
});

export type Config = z.output<typeof envSchema>;

/** Every variable the service reads (.env.example lists each one with its default). */
export const configVariables = Object.keys(envSchema.shape) as (keyof Config)[];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads `.env` (or the given file) into process.env when the file exists, with Node's own
 * parser. A variable already set, even to an empty string, is never overridden: the real
 * environment (a shell, Docker, systemd) always wins over the file.
 */
export function loadDotEnv(path = '.env'): void {
  if (!existsSync(path)) return;
  try {
    process.loadEnvFile(path);
  } catch (error) {
    throw new ConfigError(`Could not read ${path}: ${(error as Error).message}`);
  }
}

/** Parses an environment; empty strings count as unset, as shells and compose files produce them. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((key) => [key, env[key]])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** A configuration for tests and tools: defaults plus the given overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // Tests block the event loop on purpose (in-process imports, app builds on a busy machine):
  // load shedding by event-loop lag would answer 503 at random, so tests that want it ask for it.
  return {
    ...loadConfig({}),
    PGLITE_DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
    SHED_EVENT_LOOP_DELAY_MS: 0,
    ...overrides,
  };
}
