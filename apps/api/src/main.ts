import 'reflect-metadata';
import path from 'node:path';
import { loadConfig, ConfigError } from './config/config.js';
import { createLogger } from './common/logger.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database.js';
import { createApp } from './create-app.js';

/** SIGTERM must finish within 10 s. */
const SHUTDOWN_DEADLINE_MS = 9_000;

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase({
      dataDir: path.join(config.dataDir, 'postgres'),
      port: config.embeddedPostgresPort,
      log: (message) => logger.info(message),
    });
    databaseUrl = embedded.url;
    logger.info('using embedded PostgreSQL (set DATABASE_URL to use your own server)');
  }
  const app = await createApp({ config, logger, databaseUrl });
  await app.listen(config.port, config.host);
  logger.info({ url: config.publicUrl }, `intervisie platform listening on ${config.publicUrl}`);

  // main.ts owns the signals (not Nest's enableShutdownHooks): close the app — which flushes
  // collaboration updates — and only then stop the embedded database.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // A stopping server must not hang (an orchestrator kills it after 10 s anyway): whatever is
    // still waiting after 9 s — a database that does not answer — is given up. Clients keep
    // unsaved edits and send them again to the next process.
    setTimeout(() => {
      logger.error('shutdown took longer than 9 s; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    await app.close().catch((error: unknown) => logger.error({ err: String(error) }, 'error while closing'));
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ level: 'fatal', msg: 'failed to start', err: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
