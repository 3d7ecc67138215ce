import { describe, expect, it } from 'vitest';
import { findPrivacyIssues } from './guard.js';

const found = (text: string): [string, string][] => findPrivacyIssues(text).map((f) => [f.kind, f.match]);

describe('names known by the company they keep', () => {
  it.each([
    ['met ilse en roos gespeeld', 'roos'],
    ['bij sven en zijn broertje mees gaat het beter', 'mees'],
    ['ik sprak de vader van tesfay na schooltijd', 'tesfay'],
    ['ehm toen belde anke van het buurtteam nog', 'anke'],
    ['Willemijn, jij zou de ouders nog bellen toch?', 'Willemijn'],
    ['en toen zegt noor ineens dat ze niet wil', 'noor'],
    ['ik heb met joy gesproken over thuis', 'joy'],
    ['bo uit groep 7 zit er ook bij', 'bo'],
    ['dokter adeyemi wil hem terugzien', 'adeyemi'],
    ['vader (ruben) is uit huis', 'ruben'],
    ['kenan\'s moeder belde af', 'kenan'],
    ['ik ben noor en ik werk bij het wijkteam', 'noor'],
    ['dank je wel fatma, dan ga ik verder', 'fatma'],
    ['we gaan naar tim zijn oma', 'tim'],
    ['Het ging over Storm, de jongste van het gezin.', 'Storm'],
    ['het dossiernummer van jesse staat in de brief', 'jesse'],
    ['Voorbeeld: Sem (groep 6) wil niet meer naar gym.', 'Sem'],
    ['Liva (3 jr), spraak loopt achter', 'Liva'],
    ['is de achternaam visser of fischer?', 'fischer'],
    ['Ik bel voor mevrouw Jansen... Janssen?', 'Janssen'],
    // After BZ–CC.
    ['ken jij ene tyrone uit de wijk?', 'tyrone'],
    ['tevfik van de moskee helpt vrijdag mee', 'tevfik'],
    ['de zus van sky (amber) mag mee naar binnen', 'amber'],
    ['de oudste zoon (mikhailo, 13) is erg angstig', 'mikhailo'],
    ['kan iemand storm ophalen? ik sta in de file', 'storm'],
    ['de oudste heet hoop, met een h', 'hoop'],
    ['noor is gisteren 8 geworden', 'noor'],
    ['bo uit de peutergroep praat nog niet', 'bo'],
    ['de volgende is bo kuipers uit groep vijf', 'kuipers'],
    ['Melder: Gerda Brouwer, maar ze wil anoniem blijven', 'Gerda Brouwer'],
    // After CD–CG.
    ['kan ik bo en roos om kwart over 3 ophalen', 'bo'],
    ['het gesprek is bij el idrissi thuis', 'idrissi'],
    ['ouders van hoop (gr 2) weigeren logopedie', 'hoop'],
    ['de logopedist van bo belt terug', 'bo'],
    ['een jongen die ze Snelle noemen', 'Snelle'],
    ['Vos, dat is Lars Vos, kreeg een klap', 'Vos'],
    ['Kev, Kevin Tan dus, zei het', 'Kev'],
    ['Casus 3: "Bo" - meisje, 12', 'Bo'],
    ['deelnemers: Ellen V., Rik', 'Ellen'],
    ['casusinbrenger: Ellen | casus: ...', 'Ellen'],
  ])('%s: %s', (text, name) => {
    expect(found(text).some(([kind, match]) => kind === 'name' && match.includes(name))).toBe(true);
  });

  it('takes a tussenvoegsel after a profession or form of address into the surname', () => {
    expect(found('de verwijzing van huisarts van der meulen is binnen')).toContainEqual(['name', 'van der meulen']);
    expect(found('vader meneer van de molen zit online')).toContainEqual(['name', 'van de molen']);
  });

  it('finds a lowercase initial before a listed surname', () => {
    expect(found('in de mail staat alleen a. bakker, dus')).toContainEqual(['initials', 'a. bakker']);
  });

  it.each([
    'haar zoon door de week bij oma',
    'de jeugdconsulent van de gemeente komt ook',
    'de storm zegt genoeg over dit najaar',
    'de huisarts van de moeder belde nog',
    'mw de wijkcoach belt morgen terug',
    "de KPI's en de OPP's moeten voor de zomer af",
    "'k Ebbe mee de juf gepraot, ze zei da hij nie stil kan zitten",
    'haar dochter braakt na het eten',
    'hoi meneer de gymspullen liggen nog thuis',
    'Jade en amber zijn de kleuren die ze koos.',
    'Ze wil Elsa zijn in het kerstspel.',
    'jongste (2) nog niet bij het cb geweest',
    'Graag zou ik een keer met u in gesprek gaan.',
    'Geachte mevrouw, Naar aanleiding van ons gesprek stuur ik dit.',
    'Hij is zonder startkwalificatie van school gegaan.',
    'aan de ene kant wil hij wel, aan de andere kant niet',
    'kan iemand het pakketje ophalen bij de receptie?',
    'hij heet eigenlijk anders, maar zo noemt iedereen hem',
    'de school is dit jaar 50 geworden',
    'bij oma thuis is het rustiger',
    'Taakspel (groep 5) werkt goed',
    'een konijn dat ze bolletje noemt',
    'thema: Hoop | werkvorm: gesprek',
  ])('leaves words alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('leaves a word after "naam is" that is no name', () => {
    expect(found('zijn echte naam is anders')).toEqual([]);
  });

  it('reads "in" after a profession as a preposition, not a tussenvoegsel', () => {
    expect(found('hij is jeugdarts in Genk')).toEqual([['place', 'Genk']]);
  });
});
