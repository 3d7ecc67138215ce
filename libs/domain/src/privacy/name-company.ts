/**
 * Names known by the company they keep (after AX and AY): a first name that is also a word, or one no list knows, where
 * the sentence's structure leaves little doubt even without a capital or a title.
 *
 * - Coordinated with a name the guard found: "met ilse en roos gespeeld", "ouders (jan en wilma de groot)".
 * - After a sibling or child word: "zijn zusje bo", "haar dochter roos".
 * - After a parent or teacher word and "van": "de moeder van filmon", "juf van mees".
 * - Before "van" and a team, school or service: "kees van het wijkteam", "ik ben kim van bso de boomhut".
 * - Called by name at the start of a sentence: "Griet, jij vroeg naar ...", "roos, kun je ...".
 * - With a verb of talking: "met roos gesproken", "roos zegt zelf".
 *
 * The context model (context-model.ts) weighs the two words on each side; these patterns reach further (a name found
 * three words away, a verb at the end of the clause) and hold in every line, capitalised or not.
 */
import { lexicalClass } from './context-model.js';
import type { Token } from './names.js';
import { isSentenceInitial } from './text.js';
import type { Candidate } from './types.js';

/** Words of a family that a child's name follows ("zijn zusje bo"). */
const SIBLING_WORDS = new Set(
  'zusje broertje zus broer zoon zoontje dochter dochtertje neefje nichtje tweelingzus tweelingbroer halfzus halfbroer halfzusje halfbroertje stiefzus stiefbroer pleegzoon pleegdochter kleinzoon kleindochter jongste oudste middelste'.split(' '),
);

/** People whose child or pupil is named after "van" ("de moeder van filmon", "de juf van mees"). */
const OF_WORDS = new Set(
  'moeder vader mama papa mam pap ouders oma opa tante oom juf juffrouw meester mentor mentrix pleegmoeder pleegvader pleegouders stiefvader stiefmoeder vriendje vriendinnetje vriend vriendin klasgenoot klasgenote broer zus broertje zusje gezinsvoogd begeleider'.split(' '),
);

/** A team, school or service after "X van (het/de)": "kees van het wijkteam", "kim van bso de boomhut". */
const SERVICE_WORDS = new Set(
  'wijkteam buurtteam sociaal school basisschool bso kdv opvang kinderopvang cjg ggd jgz consultatiebureau jeugdzorg jeugdhulp gemeente leerplicht jeugdbescherming veilig zorgteam samenwerkingsverband thuiszorg praktijk huisartsenpraktijk ziekenhuis woningcorporatie schuldhulp schuldhulpverlening politie'.split(
    ' ',
  ),
);

/** Titles and child words a name follows directly ("meester vos", "het meisje roos", "onze mees"). */
const PERSON_TITLES = new Set('juf juffrouw meester mentor trainer coach trainster dhr mw mevr mevrouw meneer'.split(' '));
const CHILD_WORDS = new Set('meisje jongen jongetje leerling leerlinge pupil onze'.split(' '));

/** "uit groep 7", "uit de klas van", "uit 3b", "uit klas 2". */
const FROM_CLASS = /^[ \u00a0]+(?:groep[ \u00a0]*\d|klas[ \u00a0]*\d|de klas|\d[a-z]{0,3}(?![\p{L}\p{N}]))/u;

/** Verbs of talking that a name takes ("met roos gesproken", "roos zegt"). */
const TALKED_WITH = /^(?:gesproken|gebeld|gepraat|overlegd|afgesproken|gemaild|geappt|contact)$/u;
const SAYS = new Set('zegt zei vertelt vertelde vertelt geeft gaf vraagt vroeg belde appte mailde'.split(' '));
const ARTICLES = new Set('de het een die deze dat dit zo'.split(' '));
const PREPOSITIONS = new Set('naar door voor aan op in uit over bij onze mijn zijn haar hun jullie ons'.split(' '));
const SECOND_PERSON = new Set('jij je jullie u kun kan kunt wil wilt heb hebt weet'.split(' '));

/** Frequent words that are also first names and never a name in these patterns ("ik ben", "zus en ben"). */
const NEVER_HERE = new Set('ben mag kan wil dan was of als toen nog dat die dit met van voor door max per'.split(' '));

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

const SPACE = /^[ \u00a0]+$/u;

export function detectNamesByCompany(text: string, tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const classes: (string | undefined)[] = [];
  const classOf = (j: number): string => (classes[j] ??= lexicalClass((tokens[j] as Token).folded));
  // A word that may be a first name here: a listed first name (also one that is a word, "roos"), not a function word.
  const firstName = (j: number): boolean => {
    const t = tokens[j];
    const cls = classOf(j);
    return !!t && t.folded.length >= 2 && !NEVER_HERE.has(t.folded) && /F/u.test(cls) && !/N/u.test(cls) && (!/Q/u.test(cls) || /A/u.test(cls));
  };
  // Also a word no list knows ("filmon"), of three letters or more.
  const nameLike = (j: number): boolean => firstName(j) || (!!tokens[j] && (tokens[j] as Token).folded.length >= 3 && classOf(j) === 'U' && /^\p{L}+$/u.test((tokens[j] as Token).text));
  // A listed surname that is no word at all ("meester brouwer" is one, "de trainer delen" not).
  const surnameWord = (j: number): boolean => /S/u.test(classOf(j)) && !/[QKN]/u.test(classOf(j));
  const names = found.filter((c) => c.kind === 'name');
  const isFound = (t: Token): boolean => names.some((c) => c.start <= t.start && t.end <= c.end);
  const startsFound = (t: Token): boolean => names.some((c) => c.start === t.start);
  const endsFound = (t: Token): boolean => names.some((c) => c.end === t.end);

  /** Whether token i is joined to a found name on the side `side` by a comma, "&", "+" or "en"/"of" between them. */
  const joinedTo = (i: number, side: -1 | 1): boolean => {
    const a = tokens[i] as Token;
    const b = tokens[i + side];
    if (!b) return false;
    const isName = side < 0 ? endsFound : startsFound;
    if (isName(b) && /^[ \u00a0]*[,&+/][ \u00a0]*$/u.test(side < 0 ? gap(text, b, a) : gap(text, a, b))) return true;
    const c = tokens[i + 2 * side];
    if (!c || !/^(?:en|of)$/u.test(b.folded) || !isName(c)) return false;
    return side < 0 ? SPACE.test(gap(text, c, b)) && SPACE.test(gap(text, b, a)) : SPACE.test(gap(text, a, b)) && SPACE.test(gap(text, b, c));
  };

  /**
   * Whether the company of token i makes it a name. The cheap test of each pattern (the words around it) comes first: the
   * lists (classOf) are asked only for the few tokens a pattern fits.
   */
  const inCompany = (i: number): boolean => {
    const tok = tokens[i] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const before = prev && SPACE.test(gap(text, prev, tok)) ? prev.folded : '';
    // Coordinated with a found name, on either side ("ilse en roos", "roos, ilse").
    if ((joinedTo(i, -1) || joinedTo(i, 1)) && firstName(i)) return true;
    if (next) {
      const after = next.folded;
      // "Griet, jij vroeg ...", "roos, kun je ...": called by name at the start of a sentence.
      if (SECOND_PERSON.has(after) && /^[ \u00a0]*,[ \u00a0]*$/u.test(gap(text, tok, next)) && isSentenceInitial(text, tok.start) && (firstName(i) || surnameWord(i))) return true;
      if (SPACE.test(gap(text, tok, next))) {
        // "roos zegt zelf", "en mees vertelde": a first name before a verb of saying, not after an article ("de storm zegt").
        if (SAYS.has(after) && !(prev && ARTICLES.has(prev.folded)) && firstName(i)) return true;
        // "met roos gesproken", "met kees gebeld".
        if (before === 'met' && TALKED_WITH.test(after) && nameLike(i)) return true;
        // "bo uit groep 7", "kofi en ama uit groep 6", "sara uit 3b": a child named by their class.
        if (after === 'uit' && FROM_CLASS.test(text.slice(next.end, next.end + 14)) && firstName(i)) return true;
        // "kees van het wijkteam", "kim van bso de boomhut"; an unknown word only without an article, preposition or comma before
        // it (not a job: "de jeugdconsulent van de gemeente").
        if (after === 'van' && serviceAt(i + 2)) {
          if (firstName(i)) return true;
          if (nameLike(i) && !(prev && (ARTICLES.has(prev.folded) || PREPOSITIONS.has(prev.folded) || /,/u.test(gap(text, prev, tok))))) return true;
        }
      }
    }
    // "zijn zusje bo", "haar dochter roos".
    if (SIBLING_WORDS.has(before) && firstName(i)) return true;
    // "meester vos", "trainer kees", "het meisje roos", "onze mees": a title or a child word right before a first name or surname.
    if (PERSON_TITLES.has(before) && (firstName(i) || surnameWord(i))) return true;
    if (CHILD_WORDS.has(before) && firstName(i)) return true;
    // "de moeder van filmon".
    const prev2 = tokens[i - 2];
    return before === 'van' && !!prev2 && !!prev && OF_WORDS.has(prev2.folded) && SPACE.test(gap(text, prev2, prev)) && nameLike(i);
  };
  /** A team, school or service at token k, after an optional article. */
  const serviceAt = (k: number): boolean => {
    const at = /^(?:het|de|'t)$/u.test(tokens[k]?.folded ?? '') ? k + 1 : k;
    return SERVICE_WORDS.has(tokens[at]?.folded ?? '');
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.folded.length >= 2 && inCompany(i) && !isFound(tok)) out.push({ kind: 'name', start: tok.start, end: tok.end });
  }
  return out;
}
