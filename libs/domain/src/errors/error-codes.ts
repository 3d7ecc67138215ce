/**
 * The one error vocabulary of the platform. Pure libs return these codes; the api throws a
 * DomainError carrying one; REST, socket.io acknowledgements and websocket close reasons all
 * carry the same code with a human message, so the web can show the same text everywhere.
 */
export const ERROR_MESSAGES = {
  validation_failed: { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' },
  unauthenticated: { nl: 'Je bent niet ingelogd.', en: 'You are not logged in.' },
  invalid_credentials: { nl: 'E-mailadres of wachtwoord klopt niet.', en: 'Email address or password is incorrect.' },
  forbidden: { nl: 'Je hebt geen toestemming voor deze actie.', en: 'You are not allowed to do this.' },
  origin_not_allowed: { nl: 'Dit verzoek komt niet van deze website.', en: 'This request does not come from this site.' },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  email_taken: { nl: 'Er bestaat al een account met dit e-mailadres.', en: 'An account with this email address already exists.' },
  already_member: { nl: 'Deze persoon is al lid van deze CoP.', en: 'This person is already a member of this CoP.' },
  invitation_pending: { nl: 'Er staat al een uitnodiging open voor dit e-mailadres.', en: 'An invitation for this email address is already pending.' },
  invitation_used: { nl: 'Deze uitnodiging is al gebruikt of ingetrokken.', en: 'This invitation has already been used or was revoked.' },
  invitation_expired: { nl: 'Deze uitnodiging is verlopen. Vraag de gespreksleider om een nieuwe.', en: 'This invitation has expired. Ask the facilitator for a new one.' },
  invitation_wrong_account: { nl: 'Deze uitnodiging is voor een ander e-mailadres. Log uit en probeer opnieuw.', en: 'This invitation is for another email address. Log out and try again.' },
  account_details_required: { nl: 'Vul je naam en een wachtwoord in om je account aan te maken.', en: 'Enter your name and a password to create your account.' },
  login_required_to_accept: { nl: 'Er bestaat al een account voor dit e-mailadres. Log eerst in om de uitnodiging te accepteren.', en: 'An account for this email address already exists. Log in first to accept the invitation.' },
  invalid_token: { nl: 'Deze link is ongeldig of verlopen.', en: 'This link is invalid or has expired.' },
  wrong_password: { nl: 'Het huidige wachtwoord klopt niet.', en: 'The current password is incorrect.' },
  last_facilitator: { nl: 'Een CoP heeft altijd minstens één gespreksleider nodig.', en: 'A CoP always needs at least one facilitator.' },
  unsupported_media_type: { nl: 'Stuur gegevens als JSON.', en: 'Send data as JSON.' },
  rate_limited: { nl: 'Te veel pogingen. Probeer het later opnieuw.', en: 'Too many attempts. Please try again later.' },
  too_busy: { nl: 'Het is nu erg druk. Probeer het over enkele seconden opnieuw.', en: 'It is very busy right now. Please try again in a few seconds.' },
  mail_limit_reached: {
    nl: 'Er zijn vandaag al te veel uitnodigingen verstuurd. Probeer het morgen opnieuw.',
    en: 'Too many invitations have been sent today. Please try again tomorrow.',
  },
  community_creation_not_allowed: {
    nl: 'Alleen platformbeheerders en gespreksleiders die daarvoor zijn aangewezen kunnen een CoP aanmaken.',
    en: 'Only platform administrators and facilitators appointed for it can create a CoP.',
  },
  payload_too_large: { nl: 'De invoer is te groot.', en: 'The input is too large.' },
  privacy_findings: { nl: 'De casus bevat gegevens die een kind of gezin kunnen herkenbaar maken.', en: 'The case contains details that could identify a child or family.' },
  not_joined: { nl: 'Je bent nog niet aangesloten bij deze bijeenkomst.', en: 'You have not joined this session yet.' },
  not_participant: { nl: 'Je bent geen deelnemer van deze bijeenkomst. Meld je eerst aan.', en: 'You are not a participant of this session. Sign up first.' },
  conflict: { nl: 'Dit botst met de huidige stand van zaken. Ververs de pagina en probeer opnieuw.', en: 'This conflicts with the current state. Refresh and try again.' },
  invalid_windows: { nl: 'De planning van de stappen klopt nog niet. Bekijk de periodes bij de genoemde stappen.', en: 'The plan of the steps is not right yet. Check the windows of the steps named.' },
  window_in_past: { nl: 'Een periode begint in het verleden. Laat de eerste stap in de toekomst opengaan.', en: 'A window starts in the past. Let the first step open in the future.' },
  session_in_past: { nl: 'Het begin van de sessie ligt in het verleden. Kies een moment in de toekomst.', en: 'The session starts in the past. Choose a time in the future.' },
  unknown_method: { nl: 'Deze intervisiemethode bestaat niet (in deze CoP).', en: 'This intervision method does not exist (in this CoP).' },
  invalid_method: { nl: 'De methode klopt niet. Bekijk de problemen per onderdeel.', en: 'The method is not valid. See the problems per part.' },
  method_exists: {
    nl: 'Er bestaat al een methode met dit id: een ingebouwde, of deze versie van jullie eigen. Kies een ander id, of verhoog de versie om hem te wijzigen.',
    en: 'A method with this id already exists: a built-in one, or this version of your own. Choose another id, or raise the version to change it.',
  },
  not_a_member: { nl: 'Deze persoon is geen lid van deze CoP.', en: 'This person is not a member of this CoP.' },
  presenter_is_facilitator: { nl: 'De inbrenger en de gespreksleider moeten verschillende mensen zijn.', en: 'The presenter and the facilitator must be different people.' },
  max_participants_too_low: { nl: 'Het maximum aantal deelnemers is lager dan de methode nodig heeft.', en: 'The maximum number of participants is below what the method needs.' },
  session_full: { nl: 'Deze sessie is vol.', en: 'This session is full.' },
  session_not_open: { nl: 'Deze sessie is geannuleerd of afgesloten.', en: 'This session has been cancelled or closed.' },
  case_too_long: { nl: 'Een casus is hoogstens 20.000 tekens. Maak hem korter.', en: 'A case is at most 20,000 characters. Shorten it.' },
  case_purged: { nl: 'De tekst van deze casus is verwijderd: de bewaartermijn is voorbij.', en: 'The text of this case has been removed: the retention period has passed.' },
  lesson_wrong_status: { nl: 'Deze les heeft niet de juiste status voor deze actie. Ververs de pagina.', en: 'This lesson does not have the right status for this action. Refresh the page.' },
  lessons_not_mergeable: { nl: 'Alleen twee verschillende conceptlessen uit dezelfde sessie kunnen worden samengevoegd.', en: 'Only two different draft lessons from the same session can be merged.' },
  export_too_large: { nl: 'Te veel lessen voor één export. Verfijn de filters.', en: 'Too many lessons for one export. Narrow the filters.' },
  agreement_step_closed: {
    nl: 'Afspraken leg je vast tijdens de bijeenkomst, in een stap die afspraken maakt (zoals advies, reactie of afsluiting).',
    en: 'Agreements are recorded during the session, in a step that makes agreements (such as advice, response or closing).',
  },
  summary_not_ready: { nl: 'De samenvatting is er zodra de bijeenkomst is afgesloten.', en: 'The summary is available once the session has been closed.' },
  question_closed: { nl: 'Deze vraag is gesloten: er kunnen geen antwoorden meer bij.', en: 'This question is closed: no more answers can be added.' },
  same_region_answer: {
    nl: 'De vrager wil alleen advies van mensen van buiten de eigen jeugdzorgregio. Vul je regio in op je profiel als die anders is.',
    en: 'The asker wants advice only from people outside their own youth-care region. Set your region on your profile if it is different.',
  },
  join_request_exists: { nl: 'Er staat al een aanvraag open voor dit e-mailadres, of je doet al mee.', en: 'A request for this email address is already pending, or you already take part.' },
  account_deactivated: { nl: 'Dit account is gedeactiveerd door de beheerder.', en: 'This account has been deactivated by the administrator.' },
  internal_error: { nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', en: 'Something went wrong on our side. Please try again later.' },
} as const satisfies Record<string, { nl: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type Locale = 'nl' | 'en';

export function errorMessage(code: ErrorCode, locale: Locale = 'nl'): string {
  return ERROR_MESSAGES[code][locale];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGES, value);
}

/** The wire shape of every error: REST bodies, socket.io acks and close reasons. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
