import { PERSPECTIVES, PERSPECTIVE_LABELS } from '@mao/domain';
import type { BoardShape, LocalizedText, PresenterMode, Role, StepInstructions, StepKind } from './types.js';
import { PRESENTER_MODES, STEP_KIND_IDS } from './types.js';

/**
 * The shared vocabulary methods are composed from. A kind fixes the board shape and the rules
 * that make the step meaningful; a method may override texts, writers and timebox.
 */
export interface StepKindDefinition {
  readonly kind: StepKind;
  readonly label: LocalizedText;
  readonly purpose: LocalizedText;
  readonly board: BoardShape;
  /** The step produces written input, so at least one role must be allowed to write. */
  readonly needsInput: boolean;
  /** The step is about the inbrenger's case, so the session must have an inbrenger. */
  readonly needsPresenter: boolean;
  readonly allowedPresenterModes: readonly PresenterMode[];
  readonly supportsPrivateDrafts: boolean;
  /**
   * Whether the step works in writing over days (an asynchronous session or the asynchronous
   * part of a mixed one), and how long its window is open by default. Handing out roles and
   * rotating seats need everyone at once: those kinds are live only (0 hours).
   */
  readonly asynchronous: { readonly suits: boolean; readonly defaultHours: number };
  readonly defaults: {
    readonly writers: readonly Role[];
    readonly presenterMode: PresenterMode;
    readonly privateDrafts: boolean;
    readonly instructions: StepInstructions;
  };
}

const EVERYONE: readonly Role[] = ['facilitator', 'presenter', 'participant', 'timekeeper', 'notetaker'];

const DEFINITIONS: readonly StepKindDefinition[] = [
  {
    kind: 'check-in',
    label: { nl: 'Terugblik en check-in', en: 'Look back and check-in' },
    purpose: {
      nl: 'Terugkijken op de afspraken van de vorige bijeenkomst: wie heeft wat gedaan?',
      en: 'Review the agreements of the previous meeting: who did what?',
    },
    board: 'notes',
    needsInput: false,
    needsPresenter: false,
    allowedPresenterModes: ['speaks', 'answers', 'listens'],
    supportsPrivateDrafts: false,
    asynchronous: { suits: true, defaultHours: 24 },
    defaults: {
      writers: EVERYONE,
      presenterMode: 'speaks',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Heet iedereen welkom en blik terug op de afspraken van de vorige keer: wie heeft wat gedaan en wat leverde het op? Noteer wat nog openstaat.',
          en: 'Welcome everyone and look back at the agreements from last time: who did what, and what came of it? Note what is still open.',
        },
        presenter: {
          nl: 'Vertel kort hoe het met je vorige vraag of afspraak staat. Vandaag breng jij de casus in.',
          en: 'Briefly say where your previous question or agreement stands. Today you bring the case.',
        },
        participants: {
          nl: 'Vertel in een paar zinnen wat je sinds de vorige keer met de afspraken hebt gedaan en zet de kern op het bord.',
          en: 'Say in a few sentences what you have done with the agreements since last time and put the gist on the board.',
        },
      },
    },
  },
  {
    kind: 'case-selection',
    label: { nl: 'Casus kiezen', en: 'Choose a case' },
    purpose: {
      nl: 'Casussen verzamelen in een paar zinnen en samen kiezen welke besproken wordt.',
      en: 'Collect cases in a few sentences and choose together which one to discuss.',
    },
    board: 'cards',
    needsInput: true,
    needsPresenter: false,
    allowedPresenterModes: ['speaks', 'answers', 'listens'],
    supportsPrivateDrafts: true,
    asynchronous: { suits: true, defaultHours: 48 },
    defaults: {
      writers: EVERYONE,
      presenterMode: 'speaks',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Vraag wie een casus heeft en laat die in hooguit drie zinnen op een kaart zetten. Laat de groep kiezen en wijs daarna de inbrenger aan.',
          en: 'Ask who has a case and have it put on a card in three sentences at most. Let the group choose, then assign the presenter.',
        },
        presenter: {
          nl: 'Heb je een casus? Zet die in hooguit drie zinnen op een kaart, zonder namen of herkenbare details.',
          en: 'Do you have a case? Put it on a card in three sentences at most, without names or identifying details.',
        },
        participants: {
          nl: 'Heb je een casus? Zet die in hooguit drie zinnen op een kaart. Geef daarna aan welke casus jij het liefst bespreekt.',
          en: 'Do you have a case? Put it on a card in three sentences at most. Then indicate which case you would most like to discuss.',
        },
      },
    },
  },
  {
    kind: 'role-assignment',
    label: { nl: 'Rollen verdelen', en: 'Assign roles' },
    purpose: {
      nl: 'Vastleggen wie inbrenger is en wie het gesprek leidt; dat is nooit dezelfde persoon.',
      en: 'Settle who presents and who facilitates; never the same person.',
    },
    board: 'none',
    needsInput: false,
    needsPresenter: false,
    allowedPresenterModes: PRESENTER_MODES,
    supportsPrivateDrafts: false,
    asynchronous: { suits: false, defaultHours: 0 },
    defaults: {
      writers: [],
      presenterMode: 'listens',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Wijs de inbrenger aan en spreek af wie de tijd bewaakt. Is de gekozen inbrenger nu gespreksleider? Draag de leiding dan eerst over.',
          en: 'Assign the presenter and agree who keeps time. Is the chosen presenter currently facilitating? Hand over facilitation first.',
        },
        presenter: {
          nl: 'Jouw casus is gekozen. Neem even de tijd om je verhaal te ordenen.',
          en: 'Your case has been chosen. Take a moment to put your story in order.',
        },
        participants: {
          nl: 'Help mee de rollen te verdelen en bied je aan als tijdbewaker of notulist.',
          en: 'Help divide the roles and volunteer as timekeeper or note-taker.',
        },
      },
    },
  },
  {
    kind: 'case-presentation',
    label: { nl: 'Casus inbrengen', en: 'Present the case' },
    purpose: {
      nl: 'De inbrenger vertelt de situatie en de vraag aan de groep.',
      en: 'The presenter describes the situation and the question for the group.',
    },
    board: 'notes',
    needsInput: false,
    needsPresenter: true,
    allowedPresenterModes: ['speaks', 'answers'],
    supportsPrivateDrafts: false,
    asynchronous: { suits: true, defaultHours: 24 },
    defaults: {
      writers: ['presenter', 'notetaker'],
      presenterMode: 'speaks',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Geef de inbrenger het woord en let erop dat niemand onderbreekt. Bewaak dat de casus niet herleidbaar is tot een kind of gezin.',
          en: 'Give the presenter the floor and make sure nobody interrupts. Keep the case from identifying a child or family.',
        },
        presenter: {
          nl: 'Vertel wat er speelt: de feiten, wat je zelf deed en voelde, en wat je de groep wilt vragen. Noem geen namen of andere herkenbare gegevens.',
          en: 'Tell what is going on: the facts, what you did and felt yourself, and what you want to ask the group. Do not mention names or other identifying details.',
        },
        participants: {
          nl: 'Luister zonder te onderbreken. Noteer voor jezelf wat je opvalt.',
          en: 'Listen without interrupting. Note for yourself what strikes you.',
        },
      },
    },
  },
  {
    kind: 'silent-writing',
    label: { nl: 'In stilte schrijven', en: 'Silent writing' },
    purpose: {
      nl: 'Iedereen schrijft eerst voor zichzelf; de kaarten gaan tegelijk open.',
      en: 'Everyone writes on their own first; the cards are revealed together.',
    },
    board: 'cards',
    needsInput: true,
    needsPresenter: false,
    allowedPresenterModes: PRESENTER_MODES,
    supportsPrivateDrafts: true,
    asynchronous: { suits: true, defaultHours: 48 },
    defaults: {
      writers: ['participant'],
      presenterMode: 'listens',
      privateDrafts: true,
      instructions: {
        facilitator: {
          nl: 'Geef een paar minuten stilte. Zet de kaarten pas open als iedereen zich klaar heeft gemeld of de tijd om is.',
          en: 'Allow a few minutes of silence. Reveal the cards only when everyone is ready or the time is up.',
        },
        presenter: {
          nl: 'De anderen schrijven in stilte. Wacht rustig af; je ziet hun kaarten zodra de gespreksleider ze openzet.',
          en: 'The others write in silence. Wait calmly; you will see their cards once the facilitator reveals them.',
        },
        participants: {
          nl: 'Schrijf in stilte, één gedachte per kaart. Niemand ziet je kaarten voordat de gespreksleider ze openzet. Meld je klaar als je klaar bent.',
          en: 'Write in silence, one thought per card. Nobody sees your cards until the facilitator reveals them. Mark yourself ready when you are done.',
        },
      },
    },
  },
  {
    kind: 'question-round',
    label: { nl: 'Vragenronde', en: 'Question round' },
    purpose: {
      nl: 'Open vragen om de situatie te begrijpen, zonder adviezen of oordelen.',
      en: 'Open questions to understand the situation, without advice or judgement.',
    },
    board: 'cards',
    needsInput: false,
    needsPresenter: true,
    allowedPresenterModes: ['answers'],
    supportsPrivateDrafts: false,
    asynchronous: { suits: true, defaultHours: 48 },
    defaults: {
      writers: ['participant', 'notetaker'],
      presenterMode: 'answers',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Geef de beurt aan wie een hand opsteekt. Grijp in bij adviezen, oordelen en verkapte tips zoals "Heb je al eens...?".',
          en: 'Give the turn to whoever raises a hand. Step in at advice, judgement and disguised tips such as "Have you tried...?".',
        },
        presenter: {
          nl: 'Beantwoord de vragen kort en eerlijk. Je hoeft niet op alles meteen een antwoord te hebben.',
          en: 'Answer the questions briefly and honestly. You do not need an answer to everything right away.',
        },
        participants: {
          nl: 'Stel open vragen die helpen de situatie te begrijpen: wat, hoe, wie, wanneer. Geen adviezen of oordelen. Steek je hand op voor een beurt.',
          en: 'Ask open questions that help understand the situation: what, how, who, when. No advice or judgement. Raise your hand for a turn.',
        },
      },
    },
  },
  {
    kind: 'question-triage',
    label: { nl: 'Vragen wegen: warm, lauw, koud', en: 'Weigh the questions: warm, lukewarm, cold' },
    purpose: {
      nl: 'De inbrenger geeft aan welke vragen raken en welke niet.',
      en: 'The presenter shows which questions touch a nerve and which do not.',
    },
    board: 'triage',
    needsInput: true,
    needsPresenter: true,
    allowedPresenterModes: ['speaks', 'answers'],
    supportsPrivateDrafts: false,
    asynchronous: { suits: true, defaultHours: 24 },
    defaults: {
      writers: ['presenter'],
      presenterMode: 'speaks',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Laat de inbrenger elke vraag een plek geven en houd de groep stil. Vraag daarna kort door op de warme vragen.',
          en: 'Let the presenter place every question and keep the group quiet. Then briefly explore the warm questions.',
        },
        presenter: {
          nl: 'Zet elke vraag bij warm (die raakt me), lauw (neutraal) of koud (zegt me weinig). Je hoeft je keuze niet uit te leggen.',
          en: 'Put each question under warm (it touches me), lukewarm (neutral) or cold (means little to me). You do not have to explain your choice.',
        },
        participants: {
          nl: 'Kijk mee zonder commentaar. De inbrenger bepaalt welke vragen warm zijn.',
          en: 'Watch without comment. The presenter decides which questions are warm.',
        },
      },
    },
  },
  {
    kind: 'key-question',
    label: { nl: 'Kernvraag formuleren', en: 'Formulate the key question' },
    purpose: {
      nl: 'Eén heldere vraag over het eigen handelen van de inbrenger.',
      en: "One clear question about the presenter's own actions.",
    },
    board: 'notes',
    needsInput: true,
    needsPresenter: true,
    allowedPresenterModes: ['speaks', 'answers'],
    supportsPrivateDrafts: false,
    asynchronous: { suits: true, defaultHours: 24 },
    defaults: {
      writers: ['presenter', 'facilitator'],
      presenterMode: 'speaks',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Help de inbrenger de vraag scherp te krijgen: één open vraag over het eigen handelen. Zet de kernvraag op het bord.',
          en: "Help the presenter sharpen the question: one open question about their own actions. Put the key question on the board.",
        },
        presenter: {
          nl: 'Zeg opnieuw wat je eigenlijk wilt weten, het liefst beginnend met "Hoe kan ik...".',
          en: 'Say again what you really want to know, preferably starting with "How can I...".',
        },
        participants: {
          nl: 'Luister mee. Vraag alleen door als de kernvraag nog niet helder is.',
          en: 'Listen along. Only ask if the key question is not yet clear.',
        },
      },
    },
  },
  {
    kind: 'perspective-analysis',
    label: { nl: 'Met andere ogen kijken', en: 'Through other eyes' },
    purpose: {
      nl: 'De casus bekijken vanuit de andere domeinen: onderwijs, zorg, jeugdhulp, gemeente, ouder en kind.',
      en: 'Look at the case from the other domains: education, care, youth services, municipality, parent and child.',
    },
    board: 'perspectives',
    needsInput: true,
    needsPresenter: true,
    allowedPresenterModes: ['listens', 'away'],
    supportsPrivateDrafts: true,
    asynchronous: { suits: true, defaultHours: 48 },
    defaults: {
      writers: ['participant', 'notetaker'],
      presenterMode: 'listens',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Geef elke deelnemer een perspectief dat niet het eigen vakgebied is. Laat iedereen vanuit die rol naar de kernvraag kijken en bespreek daarna wat de perspectieven samen laten zien.',
          en: 'Give each participant a perspective other than their own field. Have everyone look at the key question from that role, then discuss what the perspectives show together.',
        },
        presenter: {
          nl: 'Luister alleen en noteer wat je raakt. Je krijgt straks het woord.',
          en: 'Only listen and note what touches you. You will get the floor later.',
        },
        participants: {
          nl: 'Kijk naar de casus door de ogen van het perspectief dat je kreeg. Wat ziet, merkt en wil iemand op die plek? Wat zou het kind zelf zeggen? Schrijf het in jouw kolom.',
          en: 'Look at the case through the eyes of the perspective you were given. What does someone in that place see, notice and want? What would the child say? Write it in your column.',
        },
      },
    },
  },
  {
    kind: 'group-analysis',
    label: { nl: 'Analyse', en: 'Analysis' },
    purpose: {
      nl: 'Samen onderzoeken wat er eigenlijk speelt, voordat er adviezen komen.',
      en: 'Explore together what is really going on, before any advice.',
    },
    board: 'notes',
    needsInput: false,
    needsPresenter: true,
    allowedPresenterModes: PRESENTER_MODES,
    supportsPrivateDrafts: false,
    asynchronous: { suits: true, defaultHours: 48 },
    defaults: {
      writers: ['participant', 'notetaker'],
      presenterMode: 'listens',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Laat de groep hardop onderzoeken wat het eigenlijke probleem is. Vat tussendoor samen en houd het gesprek bij de kernvraag.',
          en: 'Have the group explore aloud what the real problem is. Summarise along the way and keep the conversation on the key question.',
        },
        presenter: {
          nl: 'Luister hoe de groep naar jouw casus kijkt. Noteer wat je herkent en wat je verrast.',
          en: 'Listen to how the group sees your case. Note what you recognise and what surprises you.',
        },
        participants: {
          nl: 'Denk hardop na over wat hier speelt. Bouw voort op elkaar in plaats van elkaar te overtuigen.',
          en: 'Think aloud about what is going on. Build on each other rather than trying to convince each other.',
        },
      },
    },
  },
  {
    kind: 'gossip-round',
    label: { nl: 'Roddelronde', en: 'Gossip round' },
    purpose: {
      nl: 'De groep praat over de inbrenger in de derde persoon; de inbrenger luistert zonder in beeld te zijn.',
      en: 'The group talks about the presenter in the third person; the presenter listens off camera.',
    },
    board: 'notes',
    needsInput: false,
    needsPresenter: true,
    allowedPresenterModes: ['away'],
    supportsPrivateDrafts: false,
    asynchronous: { suits: true, defaultHours: 48 },
    defaults: {
      writers: ['participant', 'notetaker'],
      presenterMode: 'away',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Vraag de inbrenger camera en microfoon uit te zetten. Laat de groep in de derde persoon over de inbrenger praten, eerlijk en met respect, en rond af met één gezamenlijk advies.',
          en: 'Ask the presenter to turn camera and microphone off. Have the group talk about the presenter in the third person, honestly and respectfully, and close with one joint piece of advice.',
        },
        presenter: {
          nl: 'Zet je camera en microfoon uit en luister alleen. Schrijf voor jezelf op wat je opvalt; straks mag je reageren.',
          en: 'Turn your camera and microphone off and only listen. Write down for yourself what strikes you; you can respond afterwards.',
        },
        participants: {
          nl: 'Praat over de inbrenger alsof die er niet bij is: wat valt je op, wat gun je hem of haar? Blijf eerlijk en respectvol en sluit samen af met één advies.',
          en: 'Talk about the presenter as if they were not there: what strikes you, what do you wish for them? Stay honest and respectful and close together with one piece of advice.',
        },
      },
    },
  },
  {
    kind: 'two-column-inventory',
    label: { nl: 'Twee kolommen: eigen handelen en omgeving', en: 'Two columns: own actions and context' },
    purpose: {
      nl: 'Succesfactoren ordenen naar wat de inbrenger zelf deed en wat de omgeving bijdroeg.',
      en: 'Sort success factors into what the presenter did and what the context contributed.',
    },
    board: 'twoColumns',
    needsInput: true,
    needsPresenter: true,
    allowedPresenterModes: ['speaks', 'answers', 'listens'],
    supportsPrivateDrafts: true,
    asynchronous: { suits: true, defaultHours: 48 },
    defaults: {
      writers: ['participant', 'presenter', 'notetaker'],
      presenterMode: 'speaks',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Laat de groep de succesfactoren in twee kolommen zetten: wat deed de inbrenger zelf, en wat droegen omgeving en steun bij? Geef de inbrenger daarna ruimte om aan te vullen en te corrigeren.',
          en: 'Have the group put the success factors in two columns: what did the presenter do, and what did the context and support contribute? Then let the presenter add and correct.',
        },
        presenter: {
          nl: 'Kijk mee naar de kolommen. Vul aan, verschuif kaarten en verbeter wat niet klopt.',
          en: 'Look at the columns. Add, move cards and correct what is not right.',
        },
        participants: {
          nl: 'Zet elke succesfactor die je hoorde op een kaart, in de kolom "eigen handelen" of "omgeving en steun".',
          en: 'Put every success factor you heard on a card, in the column "own actions" or "context and support".',
        },
      },
    },
  },
  {
    kind: 'advice-round',
    label: { nl: 'Adviesronde', en: 'Advice round' },
    purpose: {
      nl: 'Ieder geeft op zijn beurt een concreet advies; de inbrenger luistert alleen.',
      en: 'Each in turn gives one concrete piece of advice; the presenter only listens.',
    },
    board: 'cards',
    needsInput: true,
    needsPresenter: true,
    allowedPresenterModes: ['listens', 'away'],
    supportsPrivateDrafts: true,
    asynchronous: { suits: true, defaultHours: 48 },
    defaults: {
      writers: ['participant', 'notetaker'],
      presenterMode: 'listens',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Geef iedereen om de beurt het woord voor één advies. Bewaak dat de inbrenger nog niet reageert en dat niemand op een ander advies ingaat.',
          en: 'Give everyone the floor in turn for one piece of advice. Make sure the presenter does not respond yet and nobody debates another advice.',
        },
        presenter: {
          nl: 'Luister alleen en reageer nog niet. Noteer welke adviezen je aanspreken.',
          en: 'Only listen and do not respond yet. Note which pieces of advice appeal to you.',
        },
        participants: {
          nl: 'Geef één concreet advies, bijvoorbeeld beginnend met "Als ik in jouw schoenen stond...". Zet het ook op een kaart.',
          en: 'Give one concrete piece of advice, for example starting with "If I were in your shoes...". Put it on a card too.',
        },
      },
    },
  },
  {
    kind: 'presenter-response',
    label: { nl: 'Reactie van de inbrenger', en: "Presenter's response" },
    purpose: {
      nl: 'De inbrenger zegt wat helpt en wat de volgende stap wordt.',
      en: 'The presenter says what helps and what the next step will be.',
    },
    board: 'notes',
    needsInput: false,
    needsPresenter: true,
    allowedPresenterModes: ['speaks'],
    supportsPrivateDrafts: false,
    asynchronous: { suits: true, defaultHours: 24 },
    defaults: {
      writers: ['presenter', 'notetaker'],
      presenterMode: 'speaks',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Geef de inbrenger het laatste woord. Vraag naar een concrete volgende stap en leg die vast als afspraak voor de volgende keer.',
          en: 'Give the presenter the last word. Ask for a concrete next step and record it as an agreement for next time.',
        },
        presenter: {
          nl: 'Vertel wat je raakte, wat je meeneemt en wat je als eerste gaat doen. Schrijf je volgende stap op.',
          en: 'Say what touched you, what you take away and what you will do first. Write down your next step.',
        },
        participants: {
          nl: 'Luister zonder te reageren en zonder je advies te verdedigen.',
          en: 'Listen without responding and without defending your advice.',
        },
      },
    },
  },
  {
    kind: 'harvest',
    label: { nl: 'Oogsten: geleerde lessen', en: 'Harvest: lessons learned' },
    purpose: {
      nl: 'Lessen formuleren die ook voor anderen bruikbaar zijn, gekoppeld aan de werkzame elementen van het reflectiekader.',
      en: 'Formulate lessons that others can use too, linked to the working elements of the reflection framework.',
    },
    board: 'harvest',
    needsInput: true,
    needsPresenter: false,
    allowedPresenterModes: ['speaks', 'answers', 'listens'],
    supportsPrivateDrafts: true,
    asynchronous: { suits: true, defaultHours: 48 },
    defaults: {
      writers: EVERYONE,
      presenterMode: 'speaks',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Vraag wat deze casus ons leert, los van deze ene situatie. Laat elke les koppelen aan een werkzaam element en zo mogelijk een indicator. Je kijkt de lessen na voordat ze worden gepubliceerd.',
          en: 'Ask what this case teaches us beyond this one situation. Have each lesson linked to a working element and, where possible, an indicator. You review the lessons before they are published.',
        },
        presenter: {
          nl: 'Welke les neem jij mee? Schrijf die op en koppel hem aan een werkzaam element.',
          en: 'Which lesson do you take away? Write it down and link it to a working element.',
        },
        participants: {
          nl: 'Schrijf een geleerde les op die ook anderen verder helpt, zonder herkenbare details uit de casus. Kies het werkzame element en de indicator die erbij passen.',
          en: 'Write down a lesson that helps others too, without identifying details from the case. Choose the working element and indicator that fit.',
        },
      },
    },
  },
  {
    kind: 'evaluation',
    label: { nl: 'Evaluatie', en: 'Evaluation' },
    purpose: {
      nl: 'Een korte peiling: wat leverde deze intervisie op en wat kan beter?',
      en: 'A short poll: what did this intervisie bring and what could be better?',
    },
    board: 'poll',
    needsInput: true,
    needsPresenter: false,
    allowedPresenterModes: ['speaks', 'answers', 'listens'],
    supportsPrivateDrafts: true,
    asynchronous: { suits: true, defaultHours: 24 },
    defaults: {
      writers: EVERYONE,
      presenterMode: 'speaks',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Laat iedereen de korte peiling invullen. Bespreek één opvallende uitkomst en sluit de bijeenkomst af.',
          en: 'Have everyone fill in the short poll. Discuss one striking result and close the meeting.',
        },
        presenter: {
          nl: 'Vul de peiling in en zeg wat deze bespreking je heeft opgeleverd.',
          en: 'Fill in the poll and say what this discussion gave you.',
        },
        participants: {
          nl: 'Vul de korte peiling in en noem eventueel één tip of top.',
          en: 'Fill in the short poll and, if you like, name one tip or compliment.',
        },
      },
    },
  },
  {
    kind: 'rotation',
    label: { nl: 'Van rol wisselen', en: 'Rotate roles' },
    purpose: {
      nl: 'De volgende deelnemer wordt inbrenger, tot iedereen aan de beurt is geweest.',
      en: 'The next participant becomes presenter, until everyone has had a turn.',
    },
    board: 'none',
    needsInput: false,
    needsPresenter: false,
    allowedPresenterModes: PRESENTER_MODES,
    supportsPrivateDrafts: false,
    asynchronous: { suits: false, defaultHours: 0 },
    defaults: {
      writers: [],
      presenterMode: 'speaks',
      privateDrafts: false,
      instructions: {
        facilitator: {
          nl: 'Wijs de volgende inbrenger aan: iemand die nog niet aan de beurt was. Ben jij zelf aan de beurt, dan neemt de vorige inbrenger de gespreksleiding van je over.',
          en: 'Assign the next presenter: someone who has not had a turn yet. If it is your turn, the previous presenter takes over facilitation from you.',
        },
        presenter: {
          nl: 'Jouw ronde zit erop. Vanaf nu denk je mee als adviseur.',
          en: 'Your round is done. From now on you think along as a consultant.',
        },
        participants: {
          nl: 'Ben jij de volgende inbrenger? Zet je vraag alvast voor jezelf op een rij.',
          en: 'Are you the next presenter? Get your question straight for yourself.',
        },
      },
    },
  },
];

export const STEP_KINDS: Readonly<Record<StepKind, StepKindDefinition>> = Object.fromEntries(
  DEFINITIONS.map((definition) => [definition.kind, definition]),
) as Record<StepKind, StepKindDefinition>;

export function isStepKind(value: unknown): value is StepKind {
  return typeof value === 'string' && (STEP_KIND_IDS as readonly string[]).includes(value);
}

/** A column of a multi-column board, as the web renders it. */
export interface BoardColumn {
  readonly id: string;
  readonly label: LocalizedText;
}

const TRIAGE_COLUMNS: readonly BoardColumn[] = [
  { id: 'warm', label: { nl: 'Warm', en: 'Warm' } },
  { id: 'lauw', label: { nl: 'Lauw', en: 'Lukewarm' } },
  { id: 'koud', label: { nl: 'Koud', en: 'Cold' } },
];

const TWO_COLUMNS: readonly BoardColumn[] = [
  { id: 'eigen-handelen', label: { nl: 'Eigen handelen', en: 'Own actions' } },
  { id: 'omgeving-en-steun', label: { nl: 'Omgeving en steun', en: 'Context and support' } },
];

/** The fixed columns of a board shape; empty for shapes without columns. */
export function boardColumns(board: BoardShape): readonly BoardColumn[] {
  switch (board) {
    case 'triage':
      return TRIAGE_COLUMNS;
    case 'twoColumns':
      return TWO_COLUMNS;
    case 'perspectives':
      return PERSPECTIVES.map((perspective) => ({ id: perspective, label: PERSPECTIVE_LABELS[perspective] }));
    default:
      return [];
  }
}
