#!/usr/bin/env node
// `npm test`: every check the project has, in order — lint (incl. module boundaries),
// types, build, unit and integration tests per project, then the browser tests.
// Ends with one summary line "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = path.join(root, 'tests/.artifacts/reports');
fs.rmSync(reportDir, { recursive: true, force: true });
fs.mkdirSync(reportDir, { recursive: true });

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
const inCi = process.env.CI === 'true';
const failures = [];
let passed = 0;
let failed = 0;

function run(title, command, args, options = {}) {
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1', NX_DAEMON: 'false' }, ...options });
  if (result.status !== 0) failures.push(title);
  return result.status === 0;
}

function vitest(title, project, extraArgs = []) {
  const report = path.join(reportDir, `${project.replace(/\W+/g, '-')}.json`);
  const ok = run(title, 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs], { cwd: path.join(root, project) });
  if (fs.existsSync(report)) {
    const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += summary.numPassedTests ?? 0;
    failed += (summary.numFailedTests ?? 0) + (summary.numFailedTestSuites ?? 0);
    // Trust the report as well as the exit code: a library's exit hook once turned failures into exit 0.
    if (ok && summary.success === false) failures.push(`${title} (report shows failures)`);
  } else {
    failed += 1;
    if (ok) failures.push(`${title} (no report)`);
  }
}

run('lint (ESLint + Nx module boundaries)', 'npx', ['nx', 'run-many', '-t', 'lint', '--output-style=stream']);
run('types (tsc --noEmit per project)', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=stream']);
run('build', 'npx', ['nx', 'run-many', '-t', 'build', '--output-style=stream']);
vitest('libs/domain', 'libs/domain');
vitest('libs/intervisie-method (with coverage ≥ 95 %)', 'libs/intervisie-method', ['--coverage']);
vitest('apps/web', 'apps/web');
if (!fs.existsSync(REDIS_SERVER)) {
  if (inCi) {
    console.error(`\nredis-server was not found at ${REDIS_SERVER}; CI must run the scale-out tests (.ci/run installs it).`);
    failures.push('scale-out (redis-server missing)');
  } else {
    console.log(`\nNOTE: the scale-out tests (two api processes through Redis) will NOT run: redis-server is not installed at ${REDIS_SERVER}.`);
    console.log('Enable them with: sudo apt-get install -y redis-server');
    process.env.INTERVISIE_SKIP_REDIS = '1';
  }
}
vitest('apps/api (integration, real PostgreSQL)', 'apps/api');

if (fs.existsSync(CHROMIUM)) {
  vitest('end to end (Chromium)', 'tests');
} else if (inCi) {
  console.error(`\nChromium was not found at ${CHROMIUM}; CI must run the browser tests (.ci/run installs it).`);
  failures.push('end to end (Chromium missing)');
  failed += 1;
} else {
  console.log(`\n━━ end to end ━━\nThe browser tests did NOT run: Chromium is not installed at ${CHROMIUM}.`);
  console.log('Enable them with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)');
}

console.log('\n━━ summary ━━');
if (failures.length > 0) console.log(`Failed steps: ${failures.join('; ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 ? 1 : 0);
