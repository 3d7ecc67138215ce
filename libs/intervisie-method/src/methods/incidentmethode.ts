import { ALL_ROLES, defineMethod, defineStep } from './define.js';

/** The problem-solving incident method, in its common six-round form plus a short harvest. */
export const incidentmethode = defineMethod({
  id: 'incidentmethode',
  version: 2,
  name: { nl: 'Incidentmethode', en: 'Incident method' },
  description: {
    nl: 'Een overzichtelijke, probleemoplossende methode. De inbrenger schetst een concreet voorval, de groep stelt eerst alleen vragen, onderzoekt dan samen het kernprobleem en geeft ten slotte ieder een advies.',
    en: 'A clear, problem-solving method. The presenter outlines a concrete incident, the group first only asks questions, then jointly explores the core problem and finally each gives one piece of advice.',
  },
  whenToUse: {
    nl: 'Als iemand vastloopt in een concrete situatie en praktische handvatten zoekt. Goed voor groepen die nog weinig ervaring hebben met intervisie.',
    en: 'When someone is stuck in a concrete situation and looks for practical handles. Good for groups with little intervisie experience.',
  },
  roles: ALL_ROLES,
  minGroupSize: 4,
  maxGroupSize: 10,
  steps: [
    defineStep('case-presentation', {
      id: 'introductie',
      timeboxMinutes: 5,
      title: { nl: 'Het voorval en de vraag', en: 'The incident and the question' },
    }),
    defineStep('silent-writing', {
      id: 'vragen-noteren',
      timeboxMinutes: 5,
      title: { nl: 'Vragen in stilte', en: 'Questions in silence' },
      instructions: {
        participants: {
          nl: 'Schrijf in stilte je vragen op, één per kaart. Alleen open vragen, nog geen adviezen of oordelen.',
          en: 'Write your questions in silence, one per card. Only open questions, no advice or judgement yet.',
        },
      },
    }),
    defineStep('question-round', { id: 'vragenronde', timeboxMinutes: 15, takesFrom: 'vragen-noteren', writers: ['participant', 'notetaker', 'facilitator', 'presenter'] }),
    defineStep('group-analysis', {
      id: 'analyse',
      timeboxMinutes: 10,
      title: { nl: 'Het kernprobleem', en: 'The core problem' },
      instructions: {
        facilitator: {
          nl: 'Laat de groep benoemen wat volgens hen het eigenlijke probleem is. Vat samen en leg de uitkomst voor aan de inbrenger. Variant: de inbrenger zet camera en microfoon even uit.',
          en: 'Have the group name what they think the real problem is. Summarise and check the outcome with the presenter. Variant: the presenter briefly turns camera and microphone off.',
        },
      },
    }),
    defineStep('advice-round', { id: 'adviesronde', timeboxMinutes: 10, agreements: true }),
    defineStep('presenter-response', {
      id: 'afronding',
      timeboxMinutes: 10,
      takesFrom: 'adviesronde',
      agreements: true,
      title: { nl: 'Afronding door de inbrenger', en: "The presenter's closing" },
    }),
    defineStep('harvest', { id: 'oogst', timeboxMinutes: 5 }),
  ],
});
