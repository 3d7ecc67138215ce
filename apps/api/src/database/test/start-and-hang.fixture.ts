// Test fixture: starts an embedded cluster, writes a row, prints READY, and waits to be killed.
import pg from 'pg';
import { startEmbeddedDatabase } from '../embedded-database.js';

const db = await startEmbeddedDatabase({ dataDir: process.argv[2] ?? '', persistent: true });
const client = new pg.Client({ connectionString: db.url });
await client.connect();
await client.query('CREATE TABLE IF NOT EXISTS crash_probe (note text)');
await client.query(`INSERT INTO crash_probe VALUES ('geschreven vóór de crash')`);
await client.end();
process.stdout.write(`READY ${db.url}\n`);
setInterval(() => undefined, 1000);
