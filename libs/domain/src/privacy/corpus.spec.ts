/**
 * Measures the guard on the labelled corpus: recall per kind and overall, and the
 * false-positive rate on clean sentences. The figures are printed (and copied to README.md).
 */
import { describe, expect, it } from 'vitest';
import { CLEAN_SENTENCES, IDENTIFYING_SENTENCES, type CorpusSentence } from './corpus/casus-sentences.js';
import { findPrivacyIssues } from './guard.js';
import type { PrivacyFinding, PrivacyKind } from './types.js';

const DIRECT: readonly PrivacyKind[] = ['bsn', 'email', 'phone', 'postcode'];

interface Miss {
  readonly text: string;
  readonly kind: PrivacyKind;
  readonly match: string;
  readonly got: readonly string[];
}

function describeFindings(findings: readonly PrivacyFinding[]): string[] {
  return findings.map((f) => `${f.kind}:${JSON.stringify(f.match)}`);
}

function measure(identifying: readonly CorpusSentence[], clean: readonly CorpusSentence[]) {
  const perKind = new Map<PrivacyKind, { expected: number; found: number }>();
  const misses: Miss[] = [];
  const forbiddenHits: string[] = [];
  let extra = 0;
  for (const s of [...identifying, ...clean]) {
    const findings = findPrivacyIssues(s.text);
    for (const exp of s.expected) {
      const start = s.text.indexOf(exp.match);
      if (start < 0) throw new Error(`corpus label not in text: ${exp.match} / ${s.text}`);
      const end = start + exp.match.length;
      const stat = perKind.get(exp.kind) ?? { expected: 0, found: 0 };
      stat.expected++;
      if (findings.some((f) => f.kind === exp.kind && f.start < end && start < f.end)) stat.found++;
      else misses.push({ text: s.text, kind: exp.kind, match: exp.match, got: describeFindings(findings) });
      perKind.set(exp.kind, stat);
    }
    for (const f of findings) {
      if (s.forbidden?.includes(f.kind)) forbiddenHits.push(`${f.kind}:${f.match} in ${s.text}`);
      const expectedHere = s.expected.some((exp) => {
        const start = s.text.indexOf(exp.match);
        return f.start < start + exp.match.length && start < f.end;
      });
      if (s.expected.length > 0 && !expectedHere) extra++;
    }
  }
  const flaggedClean = clean.filter((s) => findPrivacyIssues(s.text).length > 0);
  let expected = 0;
  let found = 0;
  for (const v of perKind.values()) {
    expected += v.expected;
    found += v.found;
  }
  return { perKind, misses, forbiddenHits, flaggedClean, expected, found, extra };
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

describe('privacy guard quality on the casus corpus', () => {
  const r = measure(IDENTIFYING_SENTENCES, CLEAN_SENTENCES);

  it('prints the figures', () => {
    const lines = [
      `corpus: ${IDENTIFYING_SENTENCES.length + CLEAN_SENTENCES.length} sentences (${IDENTIFYING_SENTENCES.length} with identifiers, ${CLEAN_SENTENCES.length} clean)`,
      'recall per kind:',
      ...[...r.perKind.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `  ${k.padEnd(15)} ${String(v.found).padStart(3)}/${String(v.expected).padEnd(3)} ${pct(v.found, v.expected)}`),
      `overall recall:        ${r.found}/${r.expected} ${pct(r.found, r.expected)}`,
      `false-positive rate:   ${r.flaggedClean.length}/${CLEAN_SENTENCES.length} clean sentences flagged ${pct(r.flaggedClean.length, CLEAN_SENTENCES.length)}`,
      `unlabelled extra findings in identifying sentences: ${r.extra}`,
      ...r.misses.map((m) => `  MISS ${m.kind} ${JSON.stringify(m.match)} in "${m.text}" got [${m.got.join(', ')}]`),
      ...r.flaggedClean.map((s) => `  FALSE POSITIVE in "${s.text}": [${describeFindings(findPrivacyIssues(s.text)).join(', ')}]`),
    ];
    console.log(lines.join('\n'));
    expect(IDENTIFYING_SENTENCES.length + CLEAN_SENTENCES.length).toBeGreaterThanOrEqual(100);
  });

  it('finds every direct identifier (bsn, email, phone, postcode): 100 % recall', () => {
    for (const kind of DIRECT) {
      const stat = r.perKind.get(kind);
      expect(stat, kind).toBeDefined();
      expect(r.misses.filter((m) => m.kind === kind)).toEqual([]);
    }
  });

  it('never reports an invalid BSN as a BSN', () => {
    expect(r.forbiddenHits).toEqual([]);
  });

  it('has an overall recall of at least 90 %', () => {
    expect(r.found / r.expected).toBeGreaterThanOrEqual(0.9);
  });

  it('flags at most 10 % of the clean sentences', () => {
    expect(r.flaggedClean.length / CLEAN_SENTENCES.length).toBeLessThanOrEqual(0.1);
  });
});
