import { ALL_ROLES, defineMethod, defineStep } from './define.js';

/** Socratic intervisie: questions only, weighed by the presenter, towards own strengths. */
export const socratischeIntervisie = defineMethod({
  id: 'socratische-intervisie',
  version: 2,
  name: { nl: 'Socratische intervisie', en: 'Socratic intervisie' },
  description: {
    nl: 'De groep geeft geen adviezen maar stelt vragen. De inbrenger weegt die vragen, beantwoordt de vragen die raken en formuleert zijn of haar vraag opnieuw. Daarna zoekt de groep naar krachten die de inbrenger al heeft.',
    en: 'The group gives no advice but asks questions. The presenter weighs them, answers those that touch a nerve and reformulates their question. Then the group looks for strengths the presenter already has.',
  },
  whenToUse: {
    nl: 'Als de inbrenger zelf tot inzicht wil komen in plaats van tips te krijgen, of als een vraag nog vaag is.',
    en: 'When the presenter wants to reach insight themselves rather than receive tips, or when a question is still vague.',
  },
  roles: ALL_ROLES,
  minGroupSize: 4,
  maxGroupSize: 10,
  steps: [
    defineStep('case-presentation', {
      id: 'toelichting',
      timeboxMinutes: 10,
      title: { nl: 'Toelichting en verheldering', en: 'Explanation and clarification' },
      presenterMode: 'answers',
      instructions: {
        facilitator: {
          nl: 'Laat de inbrenger de situatie toelichten en ruimte geven voor een paar verhelderende vragen. Vat aan het eind samen wat je gehoord hebt.',
          en: 'Let the presenter explain the situation and allow a few clarifying questions. Summarise at the end what you heard.',
        },
      },
    }),
    defineStep('silent-writing', {
      id: 'vragen-schrijven',
      timeboxMinutes: 10,
      title: { nl: 'Vragen schrijven', en: 'Write questions' },
      instructions: {
        participants: {
          nl: 'Schrijf één tot drie open vragen op, elk op een eigen kaart. Vragen die de inbrenger aan het denken zetten, niet die een antwoord voorzeggen.',
          en: 'Write one to three open questions, each on its own card. Questions that make the presenter think, not ones that suggest an answer.',
        },
      },
    }),
    defineStep('question-triage', { id: 'vragen-wegen', timeboxMinutes: 10, takesFrom: 'vragen-schrijven' }),
    defineStep('question-round', {
      id: 'warme-vragen',
      timeboxMinutes: 15,
      title: { nl: 'De warme vragen beantwoorden', en: 'Answer the warm questions' },
      instructions: {
        presenter: {
          nl: 'Beantwoord de vragen die je warm noemde, in je eigen volgorde. Denk hardop.',
          en: 'Answer the questions you called warm, in your own order. Think aloud.',
        },
        participants: {
          nl: 'Luister en stel alleen een vervolgvraag als de inbrenger daar ruimte voor geeft.',
          en: 'Listen and only ask a follow-up question if the presenter makes room for it.',
        },
      },
    }),
    defineStep('key-question', {
      id: 'vraag-herformuleren',
      timeboxMinutes: 5,
      takesFrom: 'case.keyQuestion',
      title: { nl: 'De vraag opnieuw formuleren', en: 'Reformulate the question' },
    }),
    defineStep('group-analysis', {
      id: 'krachten',
      timeboxMinutes: 15,
      title: { nl: 'Krachten verkennen', en: 'Explore strengths' },
      presenterMode: 'answers',
      instructions: {
        facilitator: {
          nl: 'Laat de groep benoemen welke krachten, ervaringen en hulpbronnen de inbrenger al heeft. Vraag de inbrenger wat hij of zij daarin herkent.',
          en: 'Have the group name the strengths, experience and resources the presenter already has. Ask the presenter what they recognise.',
        },
        presenter: {
          nl: 'Luister naar de krachten die de anderen zien en zeg welke inzichten je daarin opdoet.',
          en: 'Listen to the strengths the others see and say what insights you gain.',
        },
        participants: {
          nl: 'Benoem welke krachten en hulpbronnen je bij de inbrenger ziet. Wees concreet: waar in het verhaal zag je dat?',
          en: 'Name the strengths and resources you see in the presenter. Be concrete: where in the story did you see it?',
        },
      },
    }),
    defineStep('presenter-response', {
      id: 'volgende-stap',
      timeboxMinutes: 5,
      agreements: true,
      title: { nl: 'De volgende stap', en: 'The next step' },
    }),
    defineStep('harvest', { id: 'oogst', timeboxMinutes: 5 }),
  ],
});
