import { describe, expect, it } from 'vitest';
import { findPrivacyIssues } from './guard.js';

const found = (text: string): [string, string][] => findPrivacyIssues(text).map((f) => [f.kind, f.match]);

describe('numbers dictated as words (speech-to-text)', () => {
  it.each([
    ['terugbelnummer nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig graag', ['phone', 'nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig']],
    ['het zaaknummer bij de rechtbank is vier vier een twee streepje nul negen', ['client_number', 'vier vier een twee streepje nul negen']],
    ['postcode vier acht een nul, k l, huisnummer negen', ['postcode', 'vier acht een nul, k l']],
    ['het adres is berkenlaan achtentwintig in het dorp', ['street_address', 'berkenlaan achtentwintig']],
  ])('%s', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
  });

  it.each([
    'we tellen af: nul, een, twee, drie, vier, vijf, zes, zeven, acht, negen',
    'de postcode weet ik niet, ze wonen in een flat met twee ingangen',
    'het leerlingnummer staat in het dossier, vraag het even na',
    'ze woont op de berkenlaan, vlak bij school',
  ])('leaves alone: %s', (text) => {
    expect(findPrivacyIssues(text).filter((f) => f.severity === 'direct')).toEqual([]);
  });
});
