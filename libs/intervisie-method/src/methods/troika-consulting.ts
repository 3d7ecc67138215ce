import type { MethodStep } from '../method/types.js';
import { defineMethod, defineStep } from './define.js';

const ROUNDS = 3;

/** One client round; ids carry the round number so they stay unique across rounds. */
function round(number: number): MethodStep[] {
  const id = (slug: string): string => `ronde-${number}-${slug}`;
  const suffix = { nl: ` (ronde ${number})`, en: ` (round ${number})` };
  return [
    defineStep('silent-writing', {
      id: id('stilte'),
      timeboxMinutes: 1,
      title: { nl: `Even stil${suffix.nl}`, en: `A moment of silence${suffix.en}` },
      writers: ['presenter', 'participant', 'facilitator'],
      instructions: {
        facilitator: {
          nl: 'Geef één minuut stilte. De klant bedenkt welke uitdaging hij of zij voorlegt.',
          en: 'Allow one minute of silence. The client thinks about which challenge to bring.',
        },
        presenter: {
          nl: 'Bedenk in stilte welke uitdaging je voorlegt en wat je van de twee anderen wilt.',
          en: 'Think in silence about which challenge you will bring and what you want from the other two.',
        },
        participants: {
          nl: 'Kom tot rust en maak je hoofd leeg voor de vraag van de klant.',
          en: "Settle down and clear your head for the client's question.",
        },
      },
    }),
    defineStep('case-presentation', {
      id: id('uitdaging'),
      timeboxMinutes: 2,
      title: { nl: `De uitdaging${suffix.nl}`, en: `The challenge${suffix.en}` },
    }),
    defineStep('question-round', {
      id: id('vragen'),
      timeboxMinutes: 2,
      title: { nl: `Verhelderende vragen${suffix.nl}`, en: `Clarifying questions${suffix.en}` },
      writers: ['participant', 'facilitator'],
    }),
    defineStep('gossip-round', {
      id: id('consulenten'),
      timeboxMinutes: 5,
      title: { nl: `De consulenten overleggen${suffix.nl}`, en: `The consultants confer${suffix.en}` },
      writers: ['participant', 'facilitator'],
      instructions: {
        facilitator: {
          nl: 'De klant zet camera en microfoon uit. Bespreek met de andere consulent wat jullie horen, wat jullie zouden doen en welke vragen blijven liggen.',
          en: 'The client turns camera and microphone off. Discuss with the other consultant what you hear, what you would do and which questions remain.',
        },
        participants: {
          nl: 'Bespreek met de andere consulent wat jullie horen, wat jullie zouden doen en welke vragen blijven liggen. Praat over de klant, niet tegen hem of haar.',
          en: 'Discuss with the other consultant what you hear, what you would do and which questions remain. Talk about the client, not to them.',
        },
      },
    }),
    defineStep('presenter-response', {
      id: id('waardevol'),
      timeboxMinutes: 2,
      agreements: true,
      title: { nl: `Wat was waardevol?${suffix.nl}`, en: `What was valuable?${suffix.en}` },
      instructions: {
        presenter: {
          nl: 'Zet camera en microfoon weer aan en vertel wat het waardevolst was en wat je gaat doen.',
          en: 'Turn camera and microphone back on and say what was most valuable and what you will do.',
        },
      },
    }),
  ];
}

function rotation(afterRound: number): MethodStep {
  return defineStep('rotation', {
    id: `wissel-${afterRound}`,
    timeboxMinutes: 1,
    title: { nl: `Wissel naar klant ${afterRound + 1}`, en: `Switch to client ${afterRound + 1}` },
  });
}

/** Troika consulting: three people, each in turn client while the other two consult. */
export const troikaConsulting = defineMethod({
  id: 'troika-consulting',
  version: 2,
  name: { nl: 'Troika consulting', en: 'Troika consulting' },
  description: {
    nl: 'Snelle hulp in een groepje van drie. Om de beurt is één de klant en zijn de andere twee consulenten. De klant vertelt kort, krijgt vragen en luistert daarna zonder in beeld te zijn naar het overleg van de consulenten. Daarna wisselen de rollen, tot iedereen klant is geweest.',
    en: 'Quick help in a group of three. In turn, one is the client and the other two are consultants. The client explains briefly, gets questions and then listens off camera to the consultants conferring. Then the roles rotate until everyone has been the client.',
  },
  whenToUse: {
    nl: 'Als meerdere mensen een kleinere vraag hebben en snel nieuwe ideeën willen, bijvoorbeeld in subgroepen van een grotere CoP.',
    en: 'When several people have a smaller question and want new ideas quickly, for example in subgroups of a larger CoP.',
  },
  roles: ['presenter', 'facilitator', 'participant'],
  minGroupSize: 3,
  maxGroupSize: 3,
  steps: [
    ...Array.from({ length: ROUNDS }, (_, index) => index + 1).flatMap((number) =>
      number < ROUNDS ? [...round(number), rotation(number)] : round(number),
    ),
    defineStep('harvest', { id: 'oogst', timeboxMinutes: 5 }),
  ],
});
