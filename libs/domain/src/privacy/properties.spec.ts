import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASUS_CORPUS } from './corpus/casus-sentences.js';
import { ALWAYS_FIX_KINDS, findPrivacyIssues, isValidBsn, type PrivacyFinding } from './index.js';

/** Tokens that exercise every detector when glued together at random. */
const TOKENS = [
  'Sanne', 'de', 'Vries', 'van der', 'Meer', 'J.', 'A.B.', 'mevrouw', 'K.', 'juf', 'moeder', 'heet', 'geboren', 'op', 'geb.',
  '12-03-2015', '3', 'maart', '2024', '14', 'februari', 'groep', '7', 'Kerkstraat', '12a', '1234', 'AB', 'km', '06-12345678',
  '+31', '6', '1234', '5678', '(0)6', '010-1234567', '123456782', '123.456.782', '123456789', 'BSN', 'leerlingnummer',
  '445566', 'a@b.nl', '@', '.', ',', ':', '-', '/', '(', ')', 'basisschool', 'De', 'Regenboog', 'OBS', 'Het', 'Anker',
  'College', 'Gymnasium', 'Stedelijk', 'woont', 'aan', 'Lange', 'Voorhout', '8.30', 'uur', 'kind', 'A', 'Veilig', 'Thuis',
  '0031', '00', '0', '\n', '  ', 'Mohammed', 'El', 'Amrani', 'ı', 'ë', '’t', "'t", '😀',
];

const sep = fc.constantFrom(' ', ' ', ' ', '', '\n', '. ', ', ', '-', '.');
const dutchish = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), sep), { maxLength: 40 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), dutchish);

function checkInvariants(text: string, findings: readonly PrivacyFinding[]): void {
  let prevEnd = 0;
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.end).toBeGreaterThan(f.start);
    expect(text.slice(f.start, f.end)).toBe(f.match);
    // sorted and non-overlapping
    expect(f.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = f.end;
  }
}

/** A valid BSN: eight random digits and the check digit that makes the 11-proef work. */
const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((d) => {
    const sum = d.reduce((acc, digit, i) => acc + (9 - i) * digit, 0);
    return [...d, sum % 11];
  })
  .filter((d) => (d[8] ?? 10) < 10 && d.some((x) => x !== 0))
  .map((d) => d.join(''));

const formatted = (bsn: string, style: number): string => {
  switch (style) {
    case 1:
      return `${bsn.slice(0, 3)}.${bsn.slice(3, 6)}.${bsn.slice(6)}`;
    case 2:
      return `${bsn.slice(0, 3)} ${bsn.slice(3, 6)} ${bsn.slice(6)}`;
    case 3:
      return `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`;
    default:
      return bsn;
  }
};

const sentenceAround = fc.tuple(
  fc.constantFrom('Het BSN van de leerling is', 'In het dossier staat', 'Moeder noemde', '', 'Nummer:', 'Hij (', 'Sanne heeft'),
  fc.stringMatching(/^[a-z ]{0,20}$/),
  fc.constantFrom('.', ' en verder niets.', ', zei ze.', '', ')', ' staat in groep 7.'),
);

describe('privacy guard properties', () => {
  it('never throws and keeps positions in range, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, findPrivacyIssues(text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the invariants on corpus sentences glued together', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CASUS_CORPUS.map((s) => s.text)), { maxLength: 12 }), sep, (sentences, s) => {
        const text = sentences.join(s);
        checkInvariants(text, findPrivacyIssues(text));
      }),
      { numRuns: 200 },
    );
  });

  it('finds any valid BSN embedded in a sentence', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 3 }), sentenceAround, (bsn, style, [before, filler, after]) => {
        expect(isValidBsn(bsn)).toBe(true);
        const shown = formatted(bsn, style);
        const prefix = `${before} ${filler}`.trimStart();
        const text = `${prefix}${prefix.length > 0 ? ' ' : ''}${shown}${after}`;
        const findings = findPrivacyIssues(text);
        expect(findings.filter((f) => f.kind === 'bsn').map((f) => f.match)).toContain(shown);
      }),
      { numRuns: 500 },
    );
  });

  it('never calls a 9-digit number that fails the 11-proef a BSN', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{8}$/).filter((n) => !isValidBsn(n)),
        sentenceAround,
        (n, [before, filler, after]) => {
          const text = `${before} ${filler} ${n}${after}`;
          expect(findPrivacyIssues(text).some((f) => f.kind === 'bsn')).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lets the inbrenger accept a direct identifier', () => {
    fc.assert(
      fc.property(dutchish, (text) => {
        const before = findPrivacyIssues(text);
        const after = findPrivacyIssues(text, { acceptedMatches: before.map((f) => f.match) });
        for (const f of before.filter((x) => ALWAYS_FIX_KINDS.has(x.kind))) {
          expect(after).toContainEqual(f);
        }
        const accepted = new Set(before.map((f) => f.match));
        for (const f of after) expect(ALWAYS_FIX_KINDS.has(f.kind) || !accepted.has(f.match)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('performance sanity (no catastrophic backtracking)', () => {
  const corpusText = CASUS_CORPUS.map((s) => s.text).join(' ');
  const big = (unit: string): string => unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
  const cases: Array<[string, string]> = [
    ['realistic casus text', big(`${corpusText}\n`)],
    ['only digits', big('1')],
    ['digits and spaces', big('1 ')],
    ['digit groups and dashes', big('06-')],
    ['letters without spaces', big('a')],
    ['e-mail-ish', big('a.b@')],
    ['initials', big('A. ')],
    ['capitalised words', big('Sanne De Vries ')],
    ['tussenvoegsels', big('van de ')],
    ['dots', big('. ')],
    ['street-ish', big('Kerkstraat ')],
    ['parentheses', big('(0)')],
    // (3 December, night: these four were quadratic, 2–5 s each: a date pattern's lookbehind over blank lines, the sentence test's scan
    // back over dotted letters, a street pattern's lookahead over one long word, and capitalised runs joined by tussenvoegsels.)
    ['blank lines', big('\n')],
    ['dotted letters', big('a.')],
    ['one long capitalised word', big('X')],
    ['surnames with a tussenvoegsel', big('de Vries ')],
    ['spaces', big(' ')],
  ];

  it.each(cases)('completes on 20,000 characters: %s', (_label, text) => {
    expect(text.length).toBe(20_000);
    const t0 = performance.now();
    const findings = findPrivacyIssues(text);
    const ms = performance.now() - t0;
    console.log(`${_label}: ${findings.length} findings in ${ms.toFixed(0)} ms`);
    checkInvariants(text, findings);
  });
});
