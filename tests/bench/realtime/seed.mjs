// Bench fixtures straight in PostgreSQL: CoPs, 8 people per room, live sessions already
// running on an open step, and login tokens — the same rows the product would have.
import pg from 'pg';
import { createHash, randomBytes } from 'node:crypto';
import { createSessionState, metAndereOgen, reduce } from '@mao/intervisie-method';

export const CLIENTS_PER_ROOM = 8;
const hash = (token) => createHash('sha256').update(token).digest('hex');

export async function seedPeople(databaseUrl, maxRooms) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const rooms = [];
  for (let r = 0; r < maxRooms; r++) {
    const [{ id: communityId }] = (await db.query(`INSERT INTO communities (name) VALUES ($1) RETURNING id`, [`Bench CoP ${r}`])).rows;
    const people = [];
    for (let c = 0; c < CLIENTS_PER_ROOM; c++) {
      const [{ id }] = (await db.query(`INSERT INTO users (email, name) VALUES ($1, $2) RETURNING id`, [`bench-${r}-${c}@example.org`, `Deelnemer ${r}.${c}`])).rows;
      await db.query(`INSERT INTO memberships (community_id, user_id, role) VALUES ($1, $2, $3)`, [communityId, id, c === 0 ? 'facilitator' : 'member']);
      const token = randomBytes(32).toString('base64url');
      await db.query(`INSERT INTO auth_sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [id, hash(token)]);
      people.push({ userId: id, cookie: `mao_session=${token}` });
    }
    rooms.push({ communityId, people });
  }
  await db.end();
  return rooms;
}

/** One running session per room (a fresh set for every run, so no run sees another's documents). */
export async function seedSessions(databaseUrl, rooms, count) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const sessions = [];
  for (let r = 0; r < count; r++) {
    const room = rooms[r % rooms.length];
    const facilitatorId = room.people[0].userId;
    const presenterId = room.people[1].userId;
    const created = createSessionState(metAndereOgen, { facilitatorId, presenterId });
    const started = reduce(created.state, { type: 'start' }, { now: Date.now(), actorId: facilitatorId, method: metAndereOgen });
    if (!started.ok) throw new Error(started.error);
    const [{ id }] = (await db.query(
      `INSERT INTO sessions (community_id, title, method_id, method_source, method_snapshot, starts_at, duration_minutes, facilitator_id, presenter_id, max_participants, status, live_state, started_at)
       VALUES ($1, 'Bench', $2, 'builtin', $3, now(), 90, $4, $5, 8, 'live', $6, now()) RETURNING id`,
      [room.communityId, metAndereOgen.id, JSON.stringify(metAndereOgen), facilitatorId, presenterId, JSON.stringify(started.state)],
    )).rows;
    for (const person of room.people.slice(2)) {
      await db.query(`INSERT INTO session_participants (session_id, user_id, rsvp) VALUES ($1, $2, 'yes')`, [id, person.userId]);
    }
    sessions.push({ id, room, documentName: `session.${id}.step.${started.state.currentStepId}` });
  }
  await db.end();
  return sessions;
}

/** Writes a document of about `bytes` characters, typed in small chunks by several people, as its stored snapshot. */
export async function seedDocument(databaseUrl, documentName, update) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(`INSERT INTO collab_snapshots (document_name, state, last_update_id) VALUES ($1, $2, 0)`, [documentName, Buffer.from(update)]);
  await db.end();
}

const pools = new Map();
/** The document as stored (snapshot + the remaining log), through a small pool: checks run for every room at once. */
export async function storedText(databaseUrl, documentName, Y) {
  let pool = pools.get(databaseUrl);
  if (!pool) {
    pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    // An idle connection that the server ends must not end the benchmark (the next query reconnects).
    pool.on('error', () => undefined);
    pools.set(databaseUrl, pool);
  }
  // One statement, like the api's UpdateStore.load: snapshot first, then the whole remaining log.
  const rows = (
    await pool.query(
      `SELECT state AS part, true AS is_snapshot, 0::bigint AS id FROM collab_snapshots WHERE document_name = $1
       UNION ALL SELECT update AS part, false AS is_snapshot, id FROM collab_updates WHERE document_name = $1
       ORDER BY is_snapshot DESC, id`,
      [documentName],
    )
  ).rows;
  const parts = rows.map((row) => new Uint8Array(row.part));
  const doc = new Y.Doc();
  if (parts.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(parts));
  return doc.getText('notes').toString();
}

export async function closePools() {
  await Promise.all([...pools.values()].map((pool) => pool.end()));
  pools.clear();
}
