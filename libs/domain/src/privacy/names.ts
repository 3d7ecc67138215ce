/** Likely personal names and initials. */
import { isFirstName, isNotName, isSurnameCore, AMBIGUOUS_FIRST_NAMES, TUSSENVOEGSELS } from './name-lists.js';
import { fold, isSentenceInitial } from './text.js';
import type { Candidate } from './types.js';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /['’]t(?![\p{L}\p{N}])|\p{L}+(?:['’-]\p{L}+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Capitalised like a proper name: "Sanne", "El-Amrani", "D'Souza"; not "GGD" or "A". */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(word);
}

function adjacent(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '\u00a0';
}

const TUSSEN_SEQS = TUSSENVOEGSELS.map((t) => t.split(' ')).sort((x, y) => y.length - x.length);

/** Number of tokens from `i` that form a tussenvoegsel ("van der" = 2), 0 if none. */
function tussenvoegselAt(text: string, tokens: readonly Token[], i: number): number {
  for (const seq of TUSSEN_SEQS) {
    let ok = true;
    for (let k = 0; k < seq.length; k++) {
      const tok = tokens[i + k];
      if (!tok || fold(tok.text) !== seq[k] || (k > 0 && !adjacent(text, tokens[i + k - 1], tok))) {
        ok = false;
        break;
      }
    }
    if (ok) return seq.length;
  }
  return 0;
}

function nameWord(tok: Token | undefined): boolean {
  return !!tok && isCapitalised(tok.text) && !isNotName(tok.text);
}

/** If a surname (with optional tussenvoegsel) follows token `i - 1`, the index of its last token. */
function surnameAfter(text: string, tokens: readonly Token[], i: number): number {
  if (!adjacent(text, tokens[i - 1], tokens[i])) return -1;
  const t = tussenvoegselAt(text, tokens, i);
  const j = i + t;
  if (t > 0 && !adjacent(text, tokens[j - 1], tokens[j])) return -1;
  const tok = tokens[j];
  if (!nameWord(tok) || !tok) return -1;
  // "Sanne De Regenboog..." is rare; a tussenvoegsel must be followed by a real surname word.
  return j;
}

const CUES = new Set(
  `heet heette genaamd zoon zoontje dochter dochtertje moeder vader broer broertje zus zusje oma opa tante oom
stiefvader stiefmoeder stiefbroer stiefzus pleegvader pleegmoeder pleegzoon pleegdochter juf juffrouw meester
mevrouw meneer mevr mw dhr hr mentor mentrix vriend vriendje vriendin vriendinnetje leerling leerlinge
jongen jongetje meisje cliënt client cliënte jongere neef nicht neefje nichtje buurman buurvrouw collega dokter
huisarts tweelingbroer tweelingzus klasgenoot klasgenote baby kleuter peuter partner familie gezin
echtgenoot echtgenote ex`.split(/\s+/),
);
const PRONOUNS = new Set(['we', 'wij', 'ik', 'hem', 'haar', 'het', 'hier', 'in', 'deze', 'casus']);

const ORG_HEADS = new Set(
  `raad huis hof ministerie universiteit hogeschool gemeente centrum stichting bureau dienst inspectie kerk vereniging college
rijksuniversiteit dag week maand jaar nacht feest museum paleis kasteel kamer tweede eerste provincie staten rijk koninkrijk
republiek zee rivier park federatie bond academie instituut partij commissie nationale landelijke hoek`.split(/\s+/),
);

export function detectNames(text: string, tokens: readonly Token[] = tokenize(text)): Candidate[] {
  const out: Candidate[] = [];
  const push = (a: number, b: number): void => {
    const s = tokens[a];
    const e = tokens[b];
    if (s && e) out.push({ kind: 'name', start: s.start, end: e.end });
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const folded = fold(tok.text);

    // 1. Cue words: "juf Anja", "de moeder van Jelte", "heet Dewi", "mevrouw De Vries", "dhr. Kuijpers".
    if (CUES.has(folded) || folded === 'noemen' || folded === 'noem' || folded === 'naam') {
      let j = i + 1;
      let gapOk = true;
      // skip "we haar", "is", "van", an abbreviation dot and a comma
      for (let skip = 0; skip < 3 && j < tokens.length; skip++) {
        const nxt = tokens[j];
        if (!nxt) break;
        const f = fold(nxt.text);
        const isCueVerb = (folded === 'noemen' || folded === 'noem' || folded === 'naam' || folded === 'heet') && (PRONOUNS.has(f) || f === 'is' || f === 'was');
        const isVan = f === 'van' && !isCapitalised(nxt.text) && !['heet', 'heette', 'genaamd', 'noemen', 'noem', 'naam'].includes(folded);
        if (isCueVerb || isVan) j++;
        else break;
      }
      if (folded === 'noemen' || folded === 'noem' || folded === 'naam') {
        // only as "noemen we haar X" / "naam is X"
        if (j === i + 1) gapOk = false;
      }
      const prev = tokens[j - 1];
      const cand = tokens[j];
      if (gapOk && prev && cand) {
        const gap = text.slice(prev.end, cand.start);
        if (/^[.]?,?[ \u00a0]{1,2}$/.test(gap) || (/^:[ \u00a0]/.test(gap) && folded === 'naam')) {
          const t = tussenvoegselAt(text, tokens, j);
          const k = j + t;
          if (nameWord(tokens[k]) && (t === 0 || adjacent(text, tokens[k - 1], tokens[k]))) {
            let last = k;
            const more = surnameAfter(text, tokens, k + 1);
            if (more >= 0) last = more;
            push(j, last);
            continue;
          }
        }
      }
    }

    if (!isCapitalised(tok.text) || isNotName(tok.text)) continue;
    const initial = isSentenceInitial(text, tok.start);

    // 2. Listed first names, with a following surname: "Sanne de Vries", "Mohammed El Amrani".
    if (isFirstName(tok.text) && !(initial && AMBIGUOUS_FIRST_NAMES.has(folded))) {
      let last = i;
      const more = surnameAfter(text, tokens, i + 1);
      if (more >= 0) last = more;
      push(i, last);
      i = last;
      continue;
    }

    // 3. Listed surnames: "de Vries", "Van Dijk", "Yılmaz", "Joris Jansen".
    if (isSurnameCore(tok.text)) {
      let first = i;
      // walk back over a tussenvoegsel
      for (let back = 3; back >= 1; back--) {
        const t = tussenvoegselAt(text, tokens, i - back);
        if (t === back && adjacent(text, tokens[i - 1], tok)) {
          first = i - back;
          break;
        }
      }
      if (first === i && initial) continue; // a lone capitalised surname starting a sentence: too weak
      const before = tokens[first - 1];
      if (before && adjacent(text, before, tokens[first]) && nameWord(before) && !ORG_HEADS.has(fold(before.text))) first -= 1;
      push(first, i);
      continue;
    }

    // 4. Name shape: "Pieter van Houten" (capitalised word, tussenvoegsel, capitalised word), mid-sentence.
    if (!initial && !ORG_HEADS.has(folded)) {
      const t = tussenvoegselAt(text, tokens, i + 1);
      if (t > 0 && adjacent(text, tok, tokens[i + 1]) && !isCapitalised(tokens[i + 1]?.text ?? '')) {
        const k = i + 1 + t;
        if (adjacent(text, tokens[k - 1], tokens[k]) && nameWord(tokens[k])) {
          push(i, k);
          i = k;
        }
      }
    }
  }
  return out;
}

const INITIAL_EXCLUDED_BEFORE = new Set(
  'groep klas bijlage fase stap niveau optie type vitamine punt plan route cluster blok lokaal kind deel versie variant scenario'.split(' '),
);
const ABBREVIATIONS = new Set(
  'NB PS BV NV VS EU AUB OA IPV TAV MBT SVP ZSM IVM DWZ ED VO PO SO MAW OK AD AM PM NAV TV AS EV MI NL UK VWO HAVO MBO HBO WO VMBO ISK GGZ GGD AVG BSN ZGAN CV RIP BVB WC'.split(' '),
);

function ci(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w.charAt(0).toLowerCase()}${w.charAt(0).toUpperCase()}]${w.slice(1).replace(/\./g, '\\.')}`)
    .join('|');
}

const TUSSEN_RE = `(?:${ci("van der|van den|van de|van 't|van|de|der|den|ter|ten|te|el|al")}|'t)`;
// "J. de Vries", "A.B. Jansen", "J.P. van der Berg"
const INITIALS_SURNAME = new RegExp(
  `(?<![\\p{L}\\p{N}.])((?:\\p{Lu}\\.[ \\u00a0]?){1,4})(?:(${TUSSEN_RE})[ \\u00a0]+)?(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?)`,
  'gu',
);
// "A.B." standing alone
const INITIALS_ONLY = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.[ \u00a0]?){2,4}(?![\p{L}])/gu;
// "mevrouw K.", "dhr. P.", "juf A."
const ROLE_INITIAL = new RegExp(
  `(?<![\\p{L}])(?:${ci('mevrouw|meneer|mevr.|mw.|dhr.|hr.|juf|juffrouw|meester|moeder|vader|dokter|dr.|cliënt|client|leerling|jongen|meisje|broer|zus|zoon|dochter|oma|opa|mentor|vriend|vriendin|familie|buurman|buurvrouw')})[ \\u00a0]+(\\p{Lu}\\.)(?![\\p{L}])`,
  'gu',
);
// "dat K. vaak ..." — a single initial used as a name in the middle of a sentence
const LONE_INITIAL = /(?<=[\p{Ll},][ \u00a0])(\p{Lu})\.(?=[ \u00a0]\p{Ll})/gu;

function wordBefore(text: string, index: number): string {
  const m = /(\p{L}+)[ \u00a0]*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return m ? fold(m[1] ?? '') : '';
}

export function detectInitials(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(INITIALS_SURNAME)) {
    const surname = m[3] ?? '';
    if (isNotName(surname)) continue;
    if (INITIAL_EXCLUDED_BEFORE.has(wordBefore(text, m.index))) continue;
    const letters = (m[1] ?? '').replace(/[^\p{Lu}]/gu, '');
    if (letters.length > 1 && ABBREVIATIONS.has(letters)) continue;
    // "... in 2019 A. Daarna" is not a name; a single initial before a sentence-like word needs a tussenvoegsel or a listed surname.
    if (letters.length === 1 && !m[2] && isSentenceInitial(text, m.index) && !isSurnameCore(surname) && !isFirstName(surname)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (!/^[ ,]/.test(after)) continue;
    }
    out.push({ kind: 'initials', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(INITIALS_ONLY)) {
    const letters = m[0].replace(/[^\p{Lu}]/gu, '');
    if (ABBREVIATIONS.has(letters)) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push({ kind: 'initials', start: m.index, end });
  }
  for (const m of text.matchAll(ROLE_INITIAL)) {
    const init = m[1] ?? '';
    const start = m.index + m[0].length - init.length;
    out.push({ kind: 'initials', start, end: start + init.length });
  }
  for (const m of text.matchAll(LONE_INITIAL)) {
    if (INITIAL_EXCLUDED_BEFORE.has(wordBefore(text, m.index))) continue;
    out.push({ kind: 'initials', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
