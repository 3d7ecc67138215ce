/**
 * Measures the guard on a labelled corpus: recall per kind, recall on direct identifiers, and
 * false alarms on clean sentences. Used by the corpus specs and the benchmark script; pure.
 */
import { isValidBsn } from '../bsn.js';
import { findPrivacyIssues } from '../guard.js';
import { PRIVACY_KINDS } from '../messages.js';
import type { PrivacyFinding, PrivacyKind } from '../types.js';
import type { CorpusSentence } from './casus-sentences.js';
import { labelStart } from './label.js';

export interface KindStat {
  expected: number;
  found: number;
}

export interface Measurement {
  readonly name: string;
  readonly identifying: number;
  readonly clean: number;
  readonly perKind: ReadonlyMap<PrivacyKind, KindStat>;
  /** Identifiers whose kind has severity `direct` (names, initials, addresses, numbers, contact data). */
  readonly direct: KindStat;
  readonly all: KindStat;
  /** Clean sentences with at least one finding of any kind (a place warning counts too). */
  readonly flaggedClean: readonly CorpusSentence[];
  readonly misses: readonly string[];
  readonly falseAlarms: readonly string[];
  /** Findings in identifying sentences that overlap no label (not counted as false alarms). */
  readonly extra: readonly string[];
  readonly forbiddenHits: readonly string[];
}

const show = (findings: readonly PrivacyFinding[]): string => findings.map((f) => `${f.kind}:${JSON.stringify(f.match)}`).join(', ');


/** A finding counts when it has the expected kind and overlaps the labelled text. */
export function measure(name: string, identifying: readonly CorpusSentence[], clean: readonly CorpusSentence[]): Measurement {
  const perKind = new Map<PrivacyKind, KindStat>();
  const direct: KindStat = { expected: 0, found: 0 };
  const all: KindStat = { expected: 0, found: 0 };
  const misses: string[] = [];
  const extra: string[] = [];
  const forbiddenHits: string[] = [];
  for (const s of identifying) {
    const findings = findPrivacyIssues(s.text);
    const spans: Array<[number, number]> = [];
    for (const exp of s.expected) {
      const start = labelStart(s.text, exp.match);
      if (start < 0) throw new Error(`corpus label not in text: ${exp.match} / ${s.text}`);
      const end = start + exp.match.length;
      spans.push([start, end]);
      const stat = perKind.get(exp.kind) ?? { expected: 0, found: 0 };
      perKind.set(exp.kind, stat);
      // A BSN passes the 11-proef; digits labelled `bsn` that fail it (AF's writer typed three) are, by the guard's definition,
      // a client number after the BSN cue: that is the finding they must get. Their kind in the table stays `bsn`.
      const kind = exp.kind === 'bsn' && /^[\d .-]+$/.test(exp.match) && !isValidBsn(exp.match) ? 'client_number' : exp.kind;
      const hit = findings.some((f) => f.kind === kind && f.start < end && start < f.end);
      stat.expected++;
      all.expected++;
      if (PRIVACY_KINDS[exp.kind].severity === 'direct') direct.expected++;
      if (hit) {
        stat.found++;
        all.found++;
        if (PRIVACY_KINDS[exp.kind].severity === 'direct') direct.found++;
      } else {
        misses.push(`MISS ${exp.kind} ${JSON.stringify(exp.match)} in "${s.text.slice(Math.max(0, start - 40), end + 40)}" got [${show(findings)}]`);
      }
    }
    for (const f of findings) {
      if (s.forbidden?.includes(f.kind)) forbiddenHits.push(`${f.kind}:${f.match} in ${s.text}`);
      if (!spans.some(([a, b]) => f.start < b && a < f.end)) extra.push(`${f.kind}:${JSON.stringify(f.match)} in "${s.text.slice(0, 80)}"`);
    }
  }
  const flaggedClean: CorpusSentence[] = [];
  const falseAlarms: string[] = [];
  for (const s of clean) {
    const findings = findPrivacyIssues(s.text);
    for (const f of findings) if (s.forbidden?.includes(f.kind)) forbiddenHits.push(`${f.kind}:${f.match} in ${s.text}`);
    if (findings.length > 0) {
      flaggedClean.push(s);
      falseAlarms.push(`FALSE ALARM in "${s.text.slice(0, 120)}": [${show(findings)}]`);
    }
  }
  return { name, identifying: identifying.length, clean: clean.length, perKind, direct, all, flaggedClean, misses, falseAlarms, extra, forbiddenHits };
}

export const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

/** The figures as printed by the specs and copied into README.md. */
export function report(m: Measurement, details = true): string {
  const lines = [
    `${m.name}: ${m.identifying + m.clean} sentences (${m.identifying} with identifiers, ${m.clean} clean)`,
    ...[...m.perKind.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `  ${k.padEnd(15)} ${String(v.found).padStart(3)}/${String(v.expected).padEnd(3)} ${pct(v.found, v.expected)}`),
    `  direct identifiers  ${m.direct.found}/${m.direct.expected} ${pct(m.direct.found, m.direct.expected)}`,
    `  all identifiers     ${m.all.found}/${m.all.expected} ${pct(m.all.found, m.all.expected)}`,
    `  false alarms        ${m.flaggedClean.length}/${m.clean} clean sentences ${pct(m.flaggedClean.length, m.clean)}`,
  ];
  if (details) lines.push(...m.misses.map((x) => `  ${x}`), ...m.falseAlarms.map((x) => `  ${x}`));
  return lines.join('\n');
}
