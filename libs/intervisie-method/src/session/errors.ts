import type { LocalizedText } from '../method/types.js';

/**
 * Why the state machine refused a command. Stable strings: the api sends them over
 * socket.io acknowledgements and REST, the web translates them with SESSION_ERROR_MESSAGES.
 */
export const SESSION_ERROR_CODES = [
  'invalid_command',
  'invalid_context',
  'invalid_state',
  'method_mismatch',
  'no_facilitator',
  'not_facilitator',
  'no_presenter',
  'presenter_is_facilitator',
  'helper_has_main_role',
  'not_started',
  'already_started',
  'already_ended',
  'already_paused',
  'not_paused',
  'no_next_step',
  'no_previous_step',
  'unknown_step',
  'already_on_step',
  'step_not_reached',
  'invalid_duration',
  'no_private_drafts',
  'already_revealed',
  'not_present',
  'already_present',
  'hand_already_raised',
  'hand_not_raised',
  'already_ready',
  'not_ready',
  'unknown_perspective',
  'no_change',
  'window_not_current',
  'no_window',
  'step_has_window',
] as const;
export type SessionErrorCode = (typeof SESSION_ERROR_CODES)[number];

export const SESSION_ERROR_MESSAGES: Readonly<Record<SessionErrorCode, LocalizedText>> = {
  invalid_command: { nl: 'Deze opdracht wordt niet herkend.', en: 'This command is not recognised.' },
  invalid_context: { nl: 'De opdracht mist een tijdstip, een gebruiker of een methode.', en: 'The command lacks a time, a user or a method.' },
  invalid_state: { nl: 'De toestand van de bijeenkomst is beschadigd.', en: 'The session state is damaged.' },
  method_mismatch: {
    nl: 'De methode hoort niet bij deze bijeenkomst.',
    en: 'The method does not belong to this session.',
  },
  no_facilitator: { nl: 'Er is nog geen gespreksleider.', en: 'There is no facilitator yet.' },
  not_facilitator: { nl: 'Alleen de gespreksleider kan dit doen.', en: 'Only the facilitator can do this.' },
  no_presenter: { nl: 'Voor deze stap is een inbrenger nodig.', en: 'This step needs a presenter.' },
  presenter_is_facilitator: {
    nl: 'De inbrenger kan niet ook gespreksleider zijn.',
    en: 'The presenter cannot also be the facilitator.',
  },
  helper_has_main_role: {
    nl: 'De gespreksleider en de inbrenger hebben al een rol; kies iemand anders als tijdbewaker of notulist.',
    en: 'The facilitator and the presenter already have a role; choose someone else as timekeeper or notetaker.',
  },
  not_started: { nl: 'De bijeenkomst is nog niet begonnen.', en: 'The session has not started yet.' },
  already_started: { nl: 'De bijeenkomst is al begonnen.', en: 'The session has already started.' },
  already_ended: { nl: 'De bijeenkomst is al afgelopen.', en: 'The session has already ended.' },
  already_paused: { nl: 'De bijeenkomst staat al op pauze.', en: 'The session is already paused.' },
  not_paused: { nl: 'De bijeenkomst staat niet op pauze.', en: 'The session is not paused.' },
  no_next_step: {
    nl: 'Dit is de laatste stap. Sluit de bijeenkomst af om te eindigen.',
    en: 'This is the last step. Close the session to finish.',
  },
  no_previous_step: { nl: 'Er is geen vorige stap.', en: 'There is no previous step.' },
  unknown_step: { nl: 'Deze stap bestaat niet in de methode.', en: 'This step does not exist in the method.' },
  already_on_step: { nl: 'De groep is al bij deze stap.', en: 'The group is already at this step.' },
  step_not_reached: { nl: 'Deze stap is nog niet aan de beurt geweest.', en: 'This step has not been reached yet.' },
  invalid_duration: {
    nl: 'Geef een tijd op van minstens een seconde en hooguit vier uur.',
    en: 'Give a time of at least one second and at most four hours.',
  },
  no_private_drafts: {
    nl: 'In deze stap zijn er geen privé-bijdragen om open te zetten.',
    en: 'This step has no private drafts to reveal.',
  },
  already_revealed: { nl: 'De bijdragen van deze stap staan al open.', en: 'The drafts of this step are already revealed.' },
  not_present: { nl: 'Deze persoon is niet aanwezig in de bijeenkomst.', en: 'This person is not present in the session.' },
  already_present: { nl: 'Je bent al aanwezig.', en: 'You are already present.' },
  hand_already_raised: { nl: 'Je hand is al opgestoken.', en: 'Your hand is already raised.' },
  hand_not_raised: { nl: 'Deze hand is niet opgestoken.', en: 'This hand is not raised.' },
  already_ready: { nl: 'Je hebt je al klaar gemeld.', en: 'You have already marked yourself ready.' },
  not_ready: { nl: 'Je had je nog niet klaar gemeld.', en: 'You had not marked yourself ready.' },
  unknown_perspective: { nl: 'Dit perspectief bestaat niet.', en: 'This perspective does not exist.' },
  no_change: { nl: 'Er verandert niets.', en: 'Nothing changes.' },
  window_not_current: { nl: 'Deze stap is nu niet open.', en: 'This step is not open now.' },
  step_has_window: {
    nl: 'Deze stap is open tot het einde van zijn periode; de tijd zet je niet met de klok. Pauzeren kan wel.',
    en: 'This step is open until its window closes; its time is not set with the clock. Pausing is possible.',
  },
  no_window: { nl: 'Deze stap heeft geen periode; de gespreksleider gaat verder.', en: 'This step has no window; the facilitator moves on.' },
};

export function isSessionErrorCode(value: unknown): value is SessionErrorCode {
  return typeof value === 'string' && (SESSION_ERROR_CODES as readonly string[]).includes(value);
}
