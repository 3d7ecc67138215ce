import { z } from 'zod';
import path from 'node:path';
import os from 'node:os';
import { COMMUNITY_CREATION_POLICIES, DEFAULT_COMMUNITY_CREATION_POLICY, type CommunityCreationPolicy } from '@mao/domain';

/**
 * The environment, validated once at boot. Anything wrong here stops the process with a
 * readable message instead of failing later in the middle of a request.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('.data'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Intervisieplatform Met Andere Ogen <noreply@intervisie.local>'),
  REDIS_URL: z.string().optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10).optional(),
  SEED_DEMO: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  WEB_DIST_DIR: z.string().optional(),
  // 'true' trusts one proxy hop (nginx in docker/compose.yml); a number trusts that many hops.
  // Never "any X-Forwarded-For": the client writes the leftmost entry, and the login limits key on the address.
  TRUST_PROXY: z
    .union([booleanFromEnv, z.coerce.number().int().min(0).max(10)], { message: 'TRUST_PROXY is true, false or a number of proxy hops.' })
    .default(false),
  COMMUNITY_CREATORS: z.enum(COMMUNITY_CREATION_POLICIES).default(DEFAULT_COMMUNITY_CREATION_POLICY),
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  PASSWORD_HASH_QUEUE: z.coerce.number().int().min(0).max(10_000).optional(),
  PASSWORD_HASH_MAX_WAIT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  EXPOSE_METRICS: booleanFromEnv.default(false),
  JOB_POLL_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
});

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** The origin users reach the app on; used for links in mails and the Origin check. */
  publicUrl: string;
  /** Origins accepted on mutating requests and websocket upgrades. */
  allowedOrigins: string[];
  databaseUrl: string | undefined;
  dataDir: string;
  outboxDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  redisUrl: string | undefined;
  admin: { email: string; password: string } | undefined;
  seedDemo: boolean;
  logLevel: string;
  sessionTtlDays: number;
  webDistDir: string | undefined;
  /** Proxy hops whose X-Forwarded-For is trusted (0: none; the client's address is the socket's). */
  trustProxy: number;
  /** Who may create a CoP (see @mao/domain platform-roles). */
  communityCreators: CommunityCreationPolicy;
  /** How many argon2 hashes run at once, and how many logins may wait for one (then 429 too_busy). */
  passwordHashing: { concurrency: number; maxQueue: number; maxWaitMs: number };
  exposeMetrics: boolean;
  /** How often persisted jobs (reminders, purge, harvest) are polled; 0 turns polling off (tests call runDue). */
  jobPollSeconds: number;
  /** Port of the embedded PostgreSQL used when DATABASE_URL is unset. */
  embeddedPostgresPort: number;
  secureCookies: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if ((e.ADMIN_EMAIL && !e.ADMIN_PASSWORD) || (!e.ADMIN_EMAIL && e.ADMIN_PASSWORD)) {
    throw new ConfigError('Invalid environment:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together.');
  }
  const port = overrides.port ?? e.PORT;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const dataDir = path.resolve(e.DATA_DIR);
  const origin = new URL(publicUrl).origin;
  const allowedOrigins = [origin];
  // Developers reach a local server through both names; both are the same machine.
  if (origin.includes('://localhost:')) allowedOrigins.push(origin.replace('://localhost:', '://127.0.0.1:'));
  return {
    nodeEnv: e.NODE_ENV,
    port,
    host: e.HOST,
    publicUrl,
    allowedOrigins,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    outboxDir: path.join(dataDir, 'outbox'),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    redisUrl: e.REDIS_URL,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : undefined,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    webDistDir: e.WEB_DIST_DIR,
    trustProxy: typeof e.TRUST_PROXY === 'boolean' ? (e.TRUST_PROXY ? 1 : 0) : e.TRUST_PROXY,
    communityCreators: e.COMMUNITY_CREATORS,
    passwordHashing: { ...passwordHashing(e.PASSWORD_HASH_CONCURRENCY, e.PASSWORD_HASH_QUEUE), maxWaitMs: e.PASSWORD_HASH_MAX_WAIT_MS },
    exposeMetrics: e.EXPOSE_METRICS,
    jobPollSeconds: e.JOB_POLL_SECONDS ?? (e.NODE_ENV === 'test' ? 0 : 15),
    embeddedPostgresPort: e.EMBEDDED_PG_PORT,
    secureCookies: publicUrl.startsWith('https://'),
    ...overrides,
  };
}

/**
 * argon2id (64 MiB, t=3, p=4) takes ~100–130 ms and spreads its lanes over the cores. Measured on
 * two cores (docs/benchmarks/login-storm.md): one hash at a time gives the same logins per second
 * as two or four, and keeps a core free for the event loop and PostgreSQL — so half the cores.
 * A short queue (8 per slot, drained within about a second) absorbs bursts; beyond it a login is
 * told to retry (429) instead of waiting.
 */
function passwordHashing(concurrency: number | undefined, maxQueue: number | undefined): { concurrency: number; maxQueue: number } {
  const parallel = concurrency ?? Math.max(1, Math.min(8, Math.floor(os.availableParallelism() / 2)));
  return { concurrency: parallel, maxQueue: maxQueue ?? parallel * 8 };
}

/** Nest injection token for the config object. */
export const APP_CONFIG = Symbol('APP_CONFIG');
