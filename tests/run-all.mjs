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
const FAKETIME = process.env.FAKETIME_PATH ?? '/usr/bin/faketime';
// How far the date guard moves the clock: far enough that any fixture on a fixed calendar date has passed.
const CLOCK_SHIFT = process.env.CLOCK_GUARD_SHIFT ?? '+1000d';
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

function vitest(title, project, extraArgs = [], { wrapper = [], reportName = project } = {}) {
  const report = path.join(reportDir, `${reportName.replace(/\W+/g, '-')}.json`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs];
  const [command, ...prefix] = wrapper.length > 0 ? [...wrapper, 'npx'] : ['npx'];
  const ok = run(title, command, [...prefix, ...args], { cwd: path.join(root, project) });
  if (fs.existsSync(report)) {
    const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += summary.numPassedTests ?? 0;
    // Failed tests, plus files that failed without a failing test (an import or hook error).
    // numFailedTestSuites would count a file and each describe around one failed test again.
    const brokenFiles = (summary.testResults ?? []).filter(
      (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
    ).length;
    failed += (summary.numFailedTests ?? 0) + brokenFiles;
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

// Date guard: the same unit tests once more with the process clock far in the future, so a test
// that depends on today's date fails now instead of in the month its fixture date passes.
if (fs.existsSync(FAKETIME)) {
  for (const project of ['libs/domain', 'libs/intervisie-method', 'apps/web']) {
    vitest(`${project} with the clock at ${CLOCK_SHIFT} (date guard)`, project, [], { wrapper: [FAKETIME, '-f', CLOCK_SHIFT], reportName: `${project}-clock-guard` });
  }
} else if (inCi) {
  console.error(`\nfaketime was not found at ${FAKETIME}; CI must run the date guard (.ci/run installs it).`);
  failures.push('date guard (faketime missing)');
  failed += 1;
} else {
  console.log(`\nNOTE: the date guard (unit tests with a shifted clock) did NOT run: faketime is not installed at ${FAKETIME}.`);
  console.log('Enable it with: sudo apt-get install -y faketime');
}
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
