/**
 * English for the Dutch validation messages that the zod schemas in @mao/domain carry.
 * The schemas speak Dutch (the source language); the web shows these when English is chosen.
 * A message missing here falls back to a generic text for the issue type (see validation.ts).
 */
export const DOMAIN_MESSAGES_EN: Readonly<Record<string, string>> = {
  'Vul een geldig e-mailadres in.': 'Enter a valid email address.',
  'Een e-mailadres is hoogstens 254 tekens.': 'An email address has at most 254 characters.',
  'Vul je wachtwoord in.': 'Enter your password.',
  'Een wachtwoord heeft minstens 10 tekens.': 'A password has at least 10 characters.',
  'Een wachtwoord is hoogstens 200 tekens.': 'A password has at most 200 characters.',
  'Vul je naam in.': 'Enter your name.',
  'Een naam is hoogstens 120 tekens.': 'A name has at most 120 characters.',
  'Kies een achtergrond uit de lijst.': 'Choose a background from the list.',
  'Een organisatie is hoogstens 160 tekens.': 'An organisation has at most 160 characters.',
  'Een naam heeft minstens 3 tekens.': 'A name has at least 3 characters.',
  'Een beschrijving is hoogstens 4000 tekens.': 'A description has at most 4000 characters.',
  'Een thema is hoogstens 60 tekens.': 'A theme has at most 60 characters.',
  'Hoogstens 20 thema’s.': 'At most 20 themes.',
  'Geef het aantal dagen als getal.': 'Give the number of days as a number.',
  'Geef een heel aantal dagen.': 'Give a whole number of days.',
  'Bewaar een casus minstens 1 dag.': 'Keep a case for at least 1 day.',
  'Bewaar een casus hoogstens 365 dagen.': 'Keep a case for at most 365 days.',
  'Kies de rol gespreksleider of lid.': 'Choose the role facilitator or member.',
  'Geef minstens één veld om te wijzigen.': 'Change at least one field.',
  'Deze uitnodigingslink is ongeldig.': 'This invitation link is invalid.',
  'Geen geldige id.': 'Not a valid id.',
};
