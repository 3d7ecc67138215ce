// Bench fixtures for the lessons library, straight in PostgreSQL with set-based inserts
// (generate_series): CoPs, people, closed sessions and 100,000 lessons with realistic Dutch
// texts, tags from the reflectiekader, themes, visibility and dates spread over four years.
import pg from 'pg';
import { createHash, randomBytes } from 'node:crypto';
import { metAndereOgen } from '@mao/intervisie-method';

const hash = (token) => createHash('sha256').update(token).digest('hex');

// Sentence parts; combined at random they give ~100k distinct, plausible lessons. Word forms
// vary on purpose (samenwerking / samenwerken / samenwerkingsafspraken), as in real harvests.
const SUBJECTS = [
  'De samenwerking tussen school en wijkteam', 'Een bindende afspraak tussen onderwijs, jeugdhulp en gemeente', 'Het gesprek met ouders aan het begin',
  'De leerplichtambtenaar', 'Een vaste contactpersoon voor het gezin', 'Het convenant van het samenwerkingsverband', 'De intern begeleider',
  'Een gezamenlijk budget van gemeente en samenwerkingsverband', 'Monitoring op regionaal niveau', 'De jeugdarts', 'Het mandaat van de professional',
  'Een gedeelde taal over ondersteuning', 'Het bestuurlijk overleg', 'De schoolmaatschappelijk werker', 'Een onderwijs-zorgarrangement', 'Het wijkteam',
];
const MIDDLES = [
  'werkte beter zodra', 'liep vast omdat', 'kreeg pas betekenis toen', 'werd sterker doordat', 'bleek kwetsbaar zolang', 'maakte het verschil omdat',
  'kostte weken doordat', 'voorkwam escalatie omdat', 'verdient aandacht wanneer', 'hielp de leerling pas nadat', 'verloor kracht toen', 'gaf vertrouwen omdat',
];
const OBJECTS = [
  'partners samen afspraken over regie vastlegden', 'ouders vanaf het eerste overleg aan tafel zaten', 'niemand wist wie de regie had', 'de financiering tussen domeinen schoof',
  'teamleiders de afspraken naar werkafspraken vertaalden', 'de thuiszitters per kwartaal werden besproken', 'professionals elkaars taken en rollen leerden kennen',
  'een vrijstelling werd aangevraagd zonder passend aanbod', 'het mandaat in de uitvoering was georganiseerd', 'de gemeente en het onderwijs samen wilden investeren',
  'de data over verzuim werden gedeeld', 'iedereen outreachend ging werken', 'het toezicht van inspecties op elkaar was afgestemd', 'de schaal van jeugdregio en samenwerkingsverband verschilde',
];
const CLOSINGS = [
  'Leg dit vast in het convenant.', 'Evalueer dit twee keer per jaar met alle partners.', 'Bespreek het in de lerende cyclus van de regio.', 'Maak er een vaste werkafspraak van.',
  'Betrek ook ervaringsdeskundige ouders.', 'Borg het in beleid en bestuur.', 'Zorg voor één verhaal richting het gezin.', 'Houd het klein en concreet.',
  'Spreek af hoe je merkt dat het werkt.', 'Samenwerken vraagt tijd en vertrouwen.', 'Preventie verdient net zoveel aandacht als escalatie.', 'Deel wat niet werkte, niet alleen successen.',
];
const THEMES = [
  'bindende afspraken', 'interprofessionele samenwerking', 'preventief en positief jeugdbeleid', 'monitoring', 'bestuurlijke borging', 'onderwijs-zorgarrangementen',
  'handelingsgericht en cyclisch werken', 'inclusiever onderwijs', 'outreachend werken', 'ouderbetrokkenheid',
];
export const ELEMENTS = {
  'gedeelde-visie': ['een-verhaal', 'aansluiten-op-clienten', 'preventief-positief-jeugdbeleid'],
  'cultuur-van-samenwerken': ['onderling-vertrouwen', 'verbindend-leiderschap', 'kennis-van-elkaars-rollen', 'interprofessionele-samenwerking', 'gedeelde-taal', 'pro-activiteit'],
  'regie-op-samenwerking': ['samenwerkingsafspraken', 'mandaat-in-uitvoering', 'congruentie', 'borging'],
  'lerende-cyclus': ['monitoring', 'datagedreven-werken', 'lerende-cyclus-in-de-regio'],
  'faciliterend-stelsel': ['gebundelde-financiering', 'afstemming-wetgeving', 'terugdringen-vrijstellingen', 'afstemming-toezicht', 'schaalgrootte'],
  'een-ecosysteem': [],
};

const sqlArray = (values) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;
const pick = (values) => `(${sqlArray(values)})[1 + floor(random() * ${values.length})::int]`;

/**
 * Seeds everything; returns the member who belongs to several CoPs (with a session cookie),
 * those CoPs and the element ids.
 */
export async function seedLessons(databaseUrl, { communities = 50, lessons = 100_000, memberOf = 5, log = () => {} } = {}) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const started = performance.now();
    const { rows: cops } = await db.query(
      `INSERT INTO communities (name, description, themes) SELECT 'Bench CoP ' || g, 'Benchmark', ARRAY['bindende afspraken'] FROM generate_series(1, $1) g RETURNING id`,
      [communities],
    );
    const copIds = cops.map((c) => c.id);
    const { rows: facilitators } = await db.query(
      `INSERT INTO users (email, name) SELECT 'bench-lead-' || g || '@example.org', 'Gespreksleider ' || g FROM generate_series(1, $1) g RETURNING id`,
      [communities],
    );
    await db.query(`INSERT INTO memberships (community_id, user_id, role) SELECT c, f, 'facilitator' FROM unnest($1::uuid[], $2::uuid[]) AS t(c, f)`, [copIds, facilitators.map((f) => f.id)]);

    // 40 closed sessions per CoP, over four years.
    await db.query(
      `INSERT INTO sessions (community_id, title, method_id, method_source, method_snapshot, starts_at, duration_minutes, facilitator_id, max_participants, status, closed_at)
       SELECT t.c, 'Intervisie ' || s, $3, 'builtin', $4::jsonb,
              timestamptz '2023-01-09 14:00+01' + (s * 36 + (random() * 20)::int) * interval '1 day', 90, t.f, 8, 'closed', now()
         FROM unnest($1::uuid[], $2::uuid[]) AS t(c, f), generate_series(0, 39) s`,
      [copIds, facilitators.map((f) => f.id), metAndereOgen.id, JSON.stringify(metAndereOgen)],
    );

    // The lessons: each row picks a session of a random CoP, 1–2 elements with 0–2 indicators of them.
    const elementIds = Object.keys(ELEMENTS);
    const indicatorsFor = (elementExpr) =>
      `(SELECT coalesce(array_agg(e || '.' || i), '{}') FROM (SELECT ${elementExpr} AS e) x, LATERAL unnest(CASE x.e ${Object.entries(ELEMENTS)
        .map(([e, list]) => `WHEN '${e}' THEN ${list.length ? sqlArray(list) : `'{}'::text[]`}`)
        .join(' ')} END) i WHERE random() < 0.35)`;
    const batch = 20_000;
    for (let offset = 0; offset < lessons; offset += batch) {
      const n = Math.min(batch, lessons - offset);
      await db.query(
        `WITH s AS (SELECT id, community_id, starts_at, row_number() OVER (ORDER BY id) - 1 AS rn FROM sessions WHERE title LIKE 'Intervisie %'),
              picks AS (
                SELECT g, (random() * (SELECT count(*) - 1 FROM s))::int AS sr,
                       ${pick(elementIds)} AS e1,
                       CASE WHEN random() < 0.3 THEN ${pick(elementIds)} END AS e2,
                       random() AS r
                  FROM generate_series(1, $1) g)
         INSERT INTO lessons (community_id, session_id, harvest_entry_id, session_date, method_id, method_name, text, element_ids, indicator_ids, themes, status, visibility, author_name, published_at)
         SELECT s.community_id, s.id, 'bench:' || ($2 + p.g), s.starts_at, 'met-andere-ogen', 'Met Andere Ogen',
                ${pick(SUBJECTS)} || ' ' || ${pick(MIDDLES)} || ' ' || ${pick(OBJECTS)} || '. ' || ${pick(CLOSINGS)},
                array_remove(ARRAY[p.e1, CASE WHEN p.e2 IS DISTINCT FROM p.e1 THEN p.e2 END], NULL),
                ${indicatorsFor('p.e1')} || CASE WHEN p.e2 IS NOT NULL AND p.e2 <> p.e1 THEN ${indicatorsFor('p.e2')} ELSE '{}'::text[] END,
                array_remove(ARRAY[${pick(THEMES)}, CASE WHEN random() < 0.4 THEN ${pick(THEMES)} END], NULL),
                CASE WHEN p.r < 0.95 THEN 'published' ELSE 'draft' END,
                CASE WHEN random() < 0.25 THEN 'platform' ELSE 'community' END,
                'Deelnemer', CASE WHEN p.r < 0.95 THEN s.starts_at + interval '3 days' END
           FROM picks p JOIN s ON s.rn = p.sr`,
        [n, offset],
      );
      log(`  lessons: ${offset + n} / ${lessons} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }

    // The member: in `memberOf` CoPs, logged in with a session cookie.
    const { rows: [member] } = await db.query(`INSERT INTO users (email, name) VALUES ('bench-member@example.org', 'Bench Lid') RETURNING id`);
    const mine = copIds.slice(0, memberOf);
    await db.query(`INSERT INTO memberships (community_id, user_id, role) SELECT c, $2, 'member' FROM unnest($1::uuid[]) c`, [mine, member.id]);
    const token = randomBytes(32).toString('base64url');
    await db.query(`INSERT INTO auth_sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [member.id, hash(token)]);
    await db.query('VACUUM ANALYZE lessons');
    await db.query('ANALYZE sessions');
    const { rows: [counts] } = await db.query(
      `SELECT count(*)::int AS lessons, count(*) FILTER (WHERE status = 'published')::int AS published, count(*) FILTER (WHERE visibility = 'platform' AND status = 'published')::int AS platform,
              count(*) FILTER (WHERE community_id = ANY($1::uuid[]) AND status = 'published')::int AS mine FROM lessons`,
      [mine],
    );
    return { member: { userId: member.id, cookie: `mao_session=${token}` }, communities: mine, allCommunities: copIds, elementIds, counts, seconds: (performance.now() - started) / 1000 };
  } finally {
    await db.end();
  }
}
