/**
 * The reflectiekader (glossary: reflection framework): six werkzame elementen (working
 * elements), each with indicators, used to order the lessons harvested in intervisie.
 *
 * The framework is data, not UI: the programme keeps sharpening the elements, so every
 * version is kept and a lesson remembers the version it was tagged with. Ids are stable
 * across versions; an indicator id is always `<element id>.<indicator slug>`.
 */

/** A text in Dutch (first) and English. */
export interface FrameworkText {
  readonly nl: string;
  readonly en: string;
}

export interface WorkingElementIndicator {
  /** Stable id, `<element id>.<slug>`, e.g. `gedeelde-visie.een-verhaal`. */
  readonly id: string;
  readonly elementId: string;
  readonly label: FrameworkText;
  readonly description: FrameworkText;
}

export interface WorkingElement {
  /** Stable id, e.g. `gedeelde-visie`. */
  readonly id: string;
  /** Position in the framework, 1-based, as the programme numbers them. */
  readonly number: number;
  readonly label: FrameworkText;
  readonly description: FrameworkText;
  readonly indicators: readonly WorkingElementIndicator[];
}

export interface ReflectionFramework {
  /** Increases whenever elements or indicators change; lessons store it. */
  readonly version: number;
  /** Where this version comes from, for people reading the data. */
  readonly source: string;
  readonly elements: readonly WorkingElement[];
}

interface IndicatorDraft {
  readonly slug: string;
  readonly label: FrameworkText;
  readonly description: FrameworkText;
}

function element(
  id: string,
  number: number,
  label: FrameworkText,
  description: FrameworkText,
  indicators: readonly IndicatorDraft[],
): WorkingElement {
  return {
    id,
    number,
    label,
    description,
    indicators: indicators.map((draft) => ({
      id: `${id}.${draft.slug}`,
      elementId: id,
      label: draft.label,
      description: draft.description,
    })),
  };
}

const VERSION_1: ReflectionFramework = {
  version: 1,
  source: 'Reflectiekader "Met Andere Ogen kijken en doen": zes werkzame elementen met indicatoren',
  elements: [
    element(
      'gedeelde-visie',
      1,
      { nl: 'Gedeelde visie en urgentie onderwijs-zorg-jeugd', en: 'Shared vision and urgency across education, care and youth' },
      {
        nl: 'Partners delen een beeld van wat kinderen en gezinnen nodig hebben en voelen samen de noodzaak om daarnaar te handelen.',
        en: 'Partners share a picture of what children and families need and feel a joint urgency to act on it.',
      },
      [
        {
          slug: 'een-verhaal',
          label: { nl: 'Eén verhaal', en: 'One story' },
          description: {
            nl: 'Een kind laat zich niet opdelen in domeinen; iedereen vertelt en werkt vanuit hetzelfde verhaal.',
            en: 'A child cannot be split into domains; everyone tells and works from the same story.',
          },
        },
        {
          slug: 'aansluiten-op-clienten',
          label: { nl: 'Aansluiten op cliënten', en: 'Connecting with clients' },
          description: {
            nl: 'Werken vanuit en samen met kinderen en ouders, niet over hen.',
            en: 'Working from and together with children and parents, not about them.',
          },
        },
        {
          slug: 'preventief-positief-jeugdbeleid',
          label: { nl: 'Preventief en positief jeugdbeleid', en: 'Preventive and positive youth policy' },
          description: {
            nl: 'Beleid dat inzet op gezond opgroeien en vroeg erbij zijn, in plaats van alleen op problemen.',
            en: 'Policy that invests in healthy growing up and early support, not only in problems.',
          },
        },
      ],
    ),
    element(
      'cultuur-van-samenwerken',
      2,
      { nl: 'Cultuur van samenwerken', en: 'Culture of collaboration' },
      {
        nl: 'De manier waarop professionals, ouders en organisaties elkaar kennen, vertrouwen en opzoeken.',
        en: 'How professionals, parents and organisations know, trust and reach out to each other.',
      },
      [
        {
          slug: 'onderling-vertrouwen',
          label: { nl: 'Onderling vertrouwen', en: 'Mutual trust' },
          description: {
            nl: 'Partners rekenen op elkaar en durven open te zijn over twijfels en fouten.',
            en: 'Partners rely on each other and dare to be open about doubts and mistakes.',
          },
        },
        {
          slug: 'verbindend-leiderschap',
          label: { nl: 'Verbindend leiderschap', en: 'Connective leadership' },
          description: {
            nl: 'Leidinggevenden en bestuurders brengen mensen en organisaties bij elkaar over de grenzen van hun domein heen.',
            en: 'Managers and board members bring people and organisations together across the borders of their domain.',
          },
        },
        {
          slug: 'kennis-van-elkaars-rollen',
          label: { nl: 'Kennis van elkaars taken, rollen en verantwoordelijkheden', en: "Knowing each other's tasks, roles and responsibilities" },
          description: {
            nl: 'Weten wat de ander doet en mag, ook wat ouders doen en kunnen.',
            en: 'Knowing what others do and are allowed to do, including what parents do and can do.',
          },
        },
        {
          slug: 'interprofessionele-samenwerking',
          label: { nl: 'Brede interprofessionele samenwerking op de werkvloer', en: 'Broad interprofessional collaboration on the work floor' },
          description: {
            nl: 'Professionals uit verschillende domeinen werken in de dagelijkse praktijk samen rond kind en gezin.',
            en: 'Professionals from different domains work together around child and family in daily practice.',
          },
        },
        {
          slug: 'gedeelde-taal',
          label: { nl: 'Gedeelde taal', en: 'Shared language' },
          description: {
            nl: 'Begrippen betekenen voor iedereen hetzelfde, en ouders begrijpen ze ook.',
            en: 'Terms mean the same to everyone, and parents understand them too.',
          },
        },
        {
          slug: 'pro-activiteit',
          label: { nl: 'Pro-activiteit als basishouding', en: 'Proactivity as a basic attitude' },
          description: {
            nl: 'Outreachend werken: zelf op kinderen, ouders en partners afstappen in plaats van te wachten.',
            en: 'Outreaching work: approaching children, parents and partners instead of waiting for them.',
          },
        },
      ],
    ),
    element(
      'regie-op-samenwerking',
      3,
      {
        nl: 'Regie op de samenwerking op alle niveaus van uitvoering, beleid en bestuur',
        en: 'Direction of collaboration at every level of practice, policy and governance',
      },
      {
        nl: 'Afspraken over de samenwerking zijn gemaakt, belegd en geborgd, van werkvloer tot bestuur.',
        en: 'Agreements on collaboration are made, assigned and secured, from the work floor to the board.',
      },
      [
        {
          slug: 'samenwerkingsafspraken',
          label: { nl: 'Samenwerkingsafspraken tussen gemeenten, onderwijs en jeugd', en: 'Collaboration agreements between municipalities, education and youth' },
          description: {
            nl: 'Brede, lokale en duurzame afspraken die partners aan elkaar binden.',
            en: 'Broad, local and lasting agreements that bind partners to each other.',
          },
        },
        {
          slug: 'mandaat-in-uitvoering',
          label: { nl: 'Mandaat in de uitvoering is georganiseerd', en: 'Mandate in practice is organised' },
          description: {
            nl: 'Wie met het gezin werkt, mag ook beslissen en hoeft niet steeds toestemming te vragen.',
            en: 'Whoever works with the family may also decide and does not have to ask permission each time.',
          },
        },
        {
          slug: 'congruentie',
          label: { nl: 'Congruentie in visie, sturing en financiële inrichting', en: 'Congruence of vision, steering and funding' },
          description: {
            nl: 'Wat partners willen, hoe ze sturen en hoe het geld loopt, wijst dezelfde kant op.',
            en: 'What partners want, how they steer and how the money flows point in the same direction.',
          },
        },
        {
          slug: 'borging',
          label: { nl: 'Borging in beleid en bestuur', en: 'Embedding in policy and governance' },
          description: {
            nl: 'De samenwerking staat in beleid en bestuurlijke besluiten en hangt niet af van enkele personen.',
            en: 'Collaboration is written into policy and board decisions and does not depend on a few people.',
          },
        },
      ],
    ),
    element(
      'lerende-cyclus',
      4,
      { nl: 'Lerende cyclus: zicht op de voortgang', en: 'Learning cycle: insight into progress' },
      {
        nl: 'Partners volgen samen of hun aanpak werkt en sturen bij op wat ze leren.',
        en: 'Partners jointly follow whether their approach works and adjust to what they learn.',
      },
      [
        {
          slug: 'monitoring',
          label: { nl: 'Monitoring op het niveau waarop gezamenlijke afspraken zijn gemaakt', en: 'Monitoring at the level where joint agreements were made' },
          description: {
            nl: 'Er wordt gemeten op het niveau waarop de afspraken zijn gemaakt, zodat partners erop kunnen bijsturen.',
            en: 'Measurement happens at the level where the agreements were made, so partners can act on it.',
          },
        },
        {
          slug: 'datagedreven-werken',
          label: { nl: 'Datagedreven werken', en: 'Data-driven work' },
          description: {
            nl: 'Beslissingen steunen op cijfers en ervaringen, niet alleen op gevoel.',
            en: 'Decisions rest on figures and experiences, not only on intuition.',
          },
        },
        {
          slug: 'lerende-cyclus-in-de-regio',
          label: { nl: 'Een lerende cyclus in de regio', en: 'A learning cycle in the region' },
          description: {
            nl: 'Uitkomsten worden vanuit meerdere perspectieven opgehaald en samen besproken.',
            en: 'Outcomes are gathered from several perspectives and discussed together.',
          },
        },
      ],
    ),
    element(
      'faciliterend-stelsel',
      5,
      { nl: 'Faciliterend stelsel', en: 'Enabling system' },
      {
        nl: 'Wetten, geldstromen en toezicht maken samenwerken rond het kind mogelijk in plaats van moeilijk.',
        en: 'Laws, funding and inspection enable collaboration around the child instead of hindering it.',
      },
      [
        {
          slug: 'gebundelde-financiering',
          label: { nl: 'Gebundelde financiering; budgetten met poreuze randen', en: 'Pooled funding; budgets with porous edges' },
          description: {
            nl: 'Geld uit verschillende domeinen kan samen worden ingezet voor wat een kind nodig heeft.',
            en: 'Money from different domains can be combined for what a child needs.',
          },
        },
        {
          slug: 'afstemming-wetgeving',
          label: {
            nl: 'Coördinatie op inhoudelijke en juridische vergelijking van wetten in het sociaal domein',
            en: 'Coordination on comparing the content and legal terms of the laws in the social domain',
          },
          description: {
            nl: 'De wetten in het sociaal domein worden inhoudelijk en juridisch naast elkaar gelegd, zodat ze elkaar niet tegenwerken.',
            en: 'The laws of the social domain are compared on content and legal terms, so that they do not work against each other.',
          },
        },
        {
          slug: 'terugdringen-vrijstellingen',
          label: { nl: 'Terugdringen van vrijstellingen', en: 'Reducing exemptions' },
          description: {
            nl: 'Minder kinderen krijgen een vrijstelling van de leerplicht, doordat onderwijs en zorg samen een passende plek vinden.',
            en: 'Fewer children are exempted from compulsory schooling, because education and care find a suitable place together.',
          },
        },
        {
          slug: 'afstemming-toezicht',
          label: { nl: 'Afstemming van toezicht voor integraliteit van onderwijs en zorg', en: 'Aligned inspection for integrated education and care' },
          description: {
            nl: 'Toezicht op onderwijs en zorg is op elkaar afgestemd, zodat integraal werken wordt beloond.',
            en: 'Inspection of education and care is aligned, so that integrated work is rewarded.',
          },
        },
        {
          slug: 'schaalgrootte',
          label: { nl: 'Omgaan met incongruente schaalgrootte', en: 'Dealing with incongruent scales' },
          description: {
            nl: 'Samenwerken ondanks regio’s en verbanden die niet samenvallen, zoals samenwerkingsverbanden en jeugdregio’s.',
            en: 'Collaborating although regions and partnerships do not coincide, such as school partnerships and youth regions.',
          },
        },
      ],
    ),
    element(
      'een-ecosysteem',
      6,
      { nl: 'Werken in één ecosysteem', en: 'Working in one ecosystem' },
      {
        nl: 'Alle partners rond kind en gezin handelen als delen van één geheel, met het kind in het midden.',
        en: 'All partners around child and family act as parts of one whole, with the child at the centre.',
      },
      // The source names this element but lists no indicators under it yet.
      [],
    ),
  ],
};

/** Every published version, oldest first; old lessons keep pointing at theirs. */
export const REFLECTIEKADER_VERSIONS: readonly ReflectionFramework[] = [VERSION_1];

/** The current reflectiekader. */
export const REFLECTIEKADER: ReflectionFramework = VERSION_1;

export const REFLECTIEKADER_VERSION: number = REFLECTIEKADER.version;
