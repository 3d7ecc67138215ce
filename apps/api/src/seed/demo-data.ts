import type { Background, CommunityRole } from '@mao/domain';

/** The demo CoP a new user meets after `npm start`. Logins are listed in the README. */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export interface DemoPerson {
  email: string;
  name: string;
  background: Background;
  organisation: string;
  role: CommunityRole;
}

export const DEMO_COMMUNITY = {
  name: 'Bindende afspraken',
  description:
    'Professionals uit onderwijs, zorg en jeugdhulp en een ervaringsdeskundige ouder werken aan duurzame, bindende afspraken tussen onderwijs, jeugdhulp en gemeente in de regio — aan de hand van casuïstiek uit de praktijk.',
  themes: ['bindende afspraken', 'interprofessionele samenwerking', 'bestuurlijke borging'],
};

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'floor@demo.example', name: 'Floor Jansen', background: 'anders', organisation: 'Nederlands Jeugdinstituut', role: 'facilitator' },
  { email: 'sanne@demo.example', name: 'Sanne de Wit', background: 'onderwijs', organisation: 'Samenwerkingsverband Passend Onderwijs', role: 'member' },
  { email: 'anouk@demo.example', name: 'Anouk Visser', background: 'zorg', organisation: 'Jeugdgezondheidszorg', role: 'member' },
  { email: 'mehmet@demo.example', name: 'Mehmet Yilmaz', background: 'jeugdhulp', organisation: 'Wijkteam Jeugd', role: 'member' },
  { email: 'ingrid@demo.example', name: 'Ingrid Bos', background: 'ouder', organisation: 'Ouderplatform', role: 'member' },
];
