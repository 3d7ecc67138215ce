import { ALL_ROLES, defineMethod, defineStep } from './define.js';

/** Balint method: feelings and associations first, written advice, the presenter decides. */
export const balintmethode = defineMethod({
  id: 'balintmethode',
  version: 2,
  name: { nl: 'Balintmethode', en: 'Balint method' },
  description: {
    nl: 'Een verdiepende methode waarin naast de feiten ook gevoelens en de relatie met de cliënt aandacht krijgen. De groep kiest samen een casus, reageert eerst met associaties en schrijft daarna ieder een eigen advies. De inbrenger besluit zelf wat hij of zij ermee doet.',
    en: 'An in-depth method that pays attention to feelings and the relationship with the client besides the facts. The group chooses a case together, responds with associations first and then each writes their own advice. The presenter decides what to do with it.',
  },
  whenToUse: {
    nl: 'Voor ervaren groepen van minstens vijf mensen, als een casus ook persoonlijk iets losmaakt. Reken op ruim anderhalf uur.',
    en: 'For experienced groups of at least five, when a case also stirs something personal. Allow a good hour and a half.',
  },
  roles: ALL_ROLES,
  minGroupSize: 5,
  maxGroupSize: 10,
  steps: [
    defineStep('case-selection', { id: 'casussen-kiezen', timeboxMinutes: 10 }),
    defineStep('role-assignment', { id: 'rollen', timeboxMinutes: 2 }),
    defineStep('case-presentation', {
      id: 'verhaal',
      timeboxMinutes: 10,
      title: { nl: 'Het volledige verhaal', en: 'The full story' },
      instructions: {
        presenter: {
          nl: 'Vertel de casus volledig, ook wat hij met je deed: wat voelde je, wat bleef hangen? Noem geen namen of andere herkenbare gegevens.',
          en: 'Tell the whole case, including what it did to you: what did you feel, what stayed with you? Do not mention names or other identifying details.',
        },
      },
    }),
    defineStep('silent-writing', {
      id: 'associaties',
      timeboxMinutes: 5,
      title: { nl: 'Associaties', en: 'Associations' },
      instructions: {
        participants: {
          nl: 'Schrijf in stilte op wat het verhaal bij je oproept: beelden, gevoelens, herinneringen. Er is geen goed of fout.',
          en: 'Write in silence what the story evokes in you: images, feelings, memories. There is no right or wrong.',
        },
      },
    }),
    defineStep('question-round', {
      id: 'verhelderen',
      timeboxMinutes: 10,
      title: { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      instructions: {
        presenter: {
          nl: 'Geef korte antwoorden; je hoeft niets uit te leggen of te verdedigen.',
          en: 'Give short answers; you do not need to explain or defend anything.',
        },
      },
    }),
    defineStep('silent-writing', {
      id: 'advies-schrijven',
      timeboxMinutes: 10,
      title: { nl: 'Eigen advies schrijven', en: 'Write your own advice' },
      instructions: {
        participants: {
          nl: 'Schrijf voor jezelf op wat jij zou doen als je in de schoenen van de inbrenger stond. Je leest het straks voor.',
          en: "Write down for yourself what you would do in the presenter's shoes. You will read it out shortly.",
        },
      },
    }),
    defineStep('advice-round', {
      id: 'adviezen-delen',
      timeboxMinutes: 15,
      agreements: true,
      title: { nl: 'Adviezen delen', en: 'Share the advice' },
      instructions: {
        facilitator: {
          nl: 'Zet de geschreven adviezen open en laat iedereen het eigen advies voorlezen. De inbrenger reageert niet; bewaak dat.',
          en: 'Reveal the written advice and have everyone read their own aloud. The presenter does not respond; guard that.',
        },
      },
    }),
    defineStep('presenter-response', {
      id: 'besluit',
      timeboxMinutes: 10,
      // The advice was written in step 6 and revealed in step 7: the inbrenger marks it here.
      takesFrom: 'advies-schrijven',
      agreements: true,
      title: { nl: 'De inbrenger besluit', en: 'The presenter decides' },
    }),
    defineStep('harvest', { id: 'oogst', timeboxMinutes: 10 }),
    defineStep('evaluation', { id: 'evaluatie', timeboxMinutes: 5 }),
  ],
});
