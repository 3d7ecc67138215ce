import { ALL_ROLES, defineMethod, defineStep } from './define.js';

/** Gossip method: the group talks about the presenter, who listens with camera off. */
export const roddelmethode = defineMethod({
  id: 'roddelmethode',
  version: 2,
  name: { nl: 'Roddelmethode', en: 'Gossip method' },
  description: {
    nl: 'Na een korte verkenning praat de groep over de inbrenger in de derde persoon, terwijl die alleen luistert. Door de afstand hoort de inbrenger dingen die in een gewoon gesprek niet gezegd worden.',
    en: 'After a short exploration the group talks about the presenter in the third person while the presenter only listens. The distance lets the presenter hear things that would not be said in a normal conversation.',
  },
  whenToUse: {
    nl: 'Alleen in een veilige groep waarin de deelnemers elkaar al kennen. Geschikt als iemand wil weten hoe anderen hem of haar in een situatie zien.',
    en: 'Only in a safe group whose members already know each other. Suits someone who wants to know how others see them in a situation.',
  },
  roles: ALL_ROLES,
  minGroupSize: 4,
  maxGroupSize: 8,
  steps: [
    defineStep('case-presentation', {
      id: 'vraag',
      timeboxMinutes: 5,
      title: { nl: 'De vraag', en: 'The question' },
    }),
    defineStep('question-round', {
      id: 'verkenning',
      timeboxMinutes: 10,
      title: { nl: 'Verkennen', en: 'Exploring' },
      instructions: {
        participants: {
          nl: 'Stel hooguit drie open vragen om de situatie en de inbrenger beter te begrijpen. Geen adviezen.',
          en: 'Ask at most three open questions to better understand the situation and the presenter. No advice.',
        },
      },
    }),
    defineStep('gossip-round', { id: 'roddelen', timeboxMinutes: 15 }),
    defineStep('presenter-response', {
      id: 'reactie',
      timeboxMinutes: 10,
      agreements: true,
      instructions: {
        presenter: {
          nl: 'Zet camera en microfoon weer aan. Vertel wat je opviel, wat je herkende en wat je meeneemt.',
          en: 'Turn camera and microphone back on. Say what struck you, what you recognised and what you take away.',
        },
      },
    }),
    defineStep('harvest', {
      id: 'leerpunten',
      timeboxMinutes: 5,
      title: { nl: 'Leerpunten', en: 'Learning points' },
    }),
    defineStep('evaluation', { id: 'evaluatie', timeboxMinutes: 5 }),
  ],
});
