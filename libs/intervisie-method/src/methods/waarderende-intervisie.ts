import { ALL_ROLES, defineMethod, defineStep } from './define.js';

/** Appreciative intervisie: learn from what went well instead of from a problem. */
export const waarderendeIntervisie = defineMethod({
  id: 'waarderende-intervisie',
  version: 1,
  name: { nl: 'Waarderende intervisie', en: 'Appreciative intervisie' },
  description: {
    nl: 'Geen probleem, maar een succes staat centraal. De inbrenger vertelt over iets dat goed ging, de groep brengt de succesfactoren in kaart en zoekt door naar wat verborgen bleef. Zo wordt zichtbaar wat herhaald kan worden.',
    en: 'Not a problem but a success is central. The presenter tells about something that went well, the group maps the success factors and digs for what stayed hidden. This shows what can be repeated.',
  },
  whenToUse: {
    nl: 'Om te leren van wat werkt, bijvoorbeeld na een geslaagde samenwerking rond een kind, of om een groep na zware casussen weer energie te geven.',
    en: 'To learn from what works, for example after a successful collaboration around a child, or to give a group energy after heavy cases.',
  },
  roles: ALL_ROLES,
  minGroupSize: 4,
  maxGroupSize: 10,
  steps: [
    defineStep('case-presentation', {
      id: 'succesverhaal',
      timeboxMinutes: 15,
      title: { nl: 'Het succesverhaal', en: 'The success story' },
      writers: ['participant', 'notetaker'],
      instructions: {
        presenter: {
          nl: 'Vertel over een situatie die goed ging: wat gebeurde er, wat deed jij, en wat maakte het een succes? Noem geen namen of herkenbare gegevens.',
          en: 'Tell about a situation that went well: what happened, what did you do, and what made it a success? Do not mention names or identifying details.',
        },
        participants: {
          nl: 'Luister en noteer elke succesfactor die je hoort op een kaart.',
          en: 'Listen and note every success factor you hear on a card.',
        },
      },
    }),
    defineStep('two-column-inventory', { id: 'twee-kolommen', timeboxMinutes: 20 }),
    defineStep('question-round', {
      id: 'verdieping',
      timeboxMinutes: 15,
      title: { nl: 'Verdieping', en: 'Deepening' },
      instructions: {
        participants: {
          nl: 'Stel alleen vragen die verborgen succesfactoren boven halen: hoe deed je dat precies, wat had je daarvoor nodig?',
          en: 'Only ask questions that bring hidden success factors to light: how exactly did you do that, what did you need for it?',
        },
      },
    }),
    defineStep('harvest', {
      id: 'wat-leren-we',
      timeboxMinutes: 10,
      title: { nl: 'Wat leren we hiervan?', en: 'What do we learn from this?' },
    }),
  ],
});
