import { ALL_ROLES, defineMethod, defineStep } from './define.js';

/**
 * The programme's own method. No public description exists, so the product defines it:
 * incident structure, then an analysis through the eyes of the other domains (the literal
 * meaning of "met andere ogen"), advice, and a harvest ordered by the reflectiekader.
 * It opens with last time's agreements because a CoP meets again and again.
 */
export const metAndereOgen = defineMethod({
  id: 'met-andere-ogen',
  version: 2,
  name: { nl: 'Met Andere Ogen', en: 'Through Other Eyes' },
  description: {
    nl: 'De eigen methode van Met Andere Ogen. De groep verheldert een casus zoals bij de incidentmethode en bekijkt hem daarna door de ogen van de andere domeinen: onderwijs, zorg, jeugdhulp, gemeente, ouder en kind. Na de adviezen oogst de groep lessen, geordend op de werkzame elementen van het reflectiekader.',
    en: 'The Met Andere Ogen programme\'s own method. The group clarifies a case as in the incident method, then looks at it through the eyes of the other domains: education, care, youth services, municipality, parent and child. After the advice, the group harvests lessons ordered by the working elements of the reflection framework.',
  },
  whenToUse: {
    nl: 'Bij casussen op het snijvlak van onderwijs, zorg en jeugd, waarin partners elkaar nodig hebben of langs elkaar heen werken. Past bij een CoP die vaker samenkomt: elke bijeenkomst begint met de afspraken van de vorige keer.',
    en: 'For cases where education, care and youth services meet, and partners need each other or work past each other. Suits a CoP that meets repeatedly: every meeting starts with the agreements from last time.',
  },
  roles: ALL_ROLES,
  minGroupSize: 4,
  maxGroupSize: 12,
  steps: [
    defineStep('check-in', {
      id: 'terugblik',
      timeboxMinutes: 10,
      title: { nl: 'Terugblik op de vorige afspraken', en: "Look back at last time's agreements" },
    }),
    defineStep('case-presentation', {
      id: 'casus',
      timeboxMinutes: 5,
      instructions: {
        presenter: {
          nl: 'Vertel wat er speelt, welke partners betrokken zijn en waar het vastloopt. Sluit af met je vraag aan de groep. Noem geen namen of andere herkenbare gegevens.',
          en: 'Tell what is going on, which partners are involved and where things get stuck. End with your question to the group. Do not mention names or other identifying details.',
        },
      },
    }),
    defineStep('silent-writing', {
      id: 'vragen-noteren',
      timeboxMinutes: 5,
      title: { nl: 'Vragen in stilte', en: 'Questions in silence' },
      instructions: {
        participants: {
          nl: 'Schrijf in stilte de vragen op die bij je opkomen, één per kaart. Alleen open vragen om te begrijpen, nog geen adviezen.',
          en: 'Write down in silence the questions that come up, one per card. Only open questions to understand, no advice yet.',
        },
      },
    }),
    // The silent questions come to this board, where the group sorts them warm / lauw / koud.
    defineStep('question-round', { id: 'vragenronde', timeboxMinutes: 15, takesFrom: 'vragen-noteren', writers: ['participant', 'notetaker', 'facilitator', 'presenter'] }),
    defineStep('key-question', { id: 'kernvraag', timeboxMinutes: 5, takesFrom: 'case.keyQuestion' }),
    defineStep('perspective-analysis', {
      id: 'andere-ogen',
      timeboxMinutes: 15,
      privateDrafts: true,
      instructions: {
        facilitator: {
          nl: 'Verdeel de perspectieven; het voorstel geeft iedereen een ander domein dan het eigen. Laat eerst iedereen in stilte schrijven, zet dan de kolommen open en bespreek wat opvalt: waar zien de domeinen hetzelfde, waar schuurt het, en wat zou het kind zeggen?',
          en: 'Divide the perspectives; the proposal gives everyone a domain other than their own. Let everyone write in silence first, then reveal the columns and discuss what stands out: where do the domains agree, where do they rub, and what would the child say?',
        },
      },
    }),
    defineStep('advice-round', { id: 'adviesronde', timeboxMinutes: 10, agreements: true }),
    defineStep('presenter-response', {
      id: 'reactie',
      timeboxMinutes: 5,
      takesFrom: 'adviesronde',
      agreements: true,
      instructions: {
        presenter: {
          nl: 'Vertel wat je raakte en wat je meeneemt. Welke afspraak maak je voor de volgende bijeenkomst? Die komt dan bij de terugblik terug.',
          en: 'Say what touched you and what you take away. Which agreement do you make for the next meeting? It will come back in the look-back.',
        },
      },
    }),
    defineStep('harvest', { id: 'oogst', timeboxMinutes: 10 }),
    defineStep('evaluation', { id: 'evaluatie', timeboxMinutes: 5, agreements: true }),
  ],
});
