import { describe, expect, it } from 'vitest';
import { findPrivacyIssues } from './guard.js';
import { isUnknownCapitalised } from './unknown-words.js';

const names = (text: string): string[] => findPrivacyIssues(text).filter((f) => f.kind === 'name').map((f) => f.match);

describe('the open-class test', () => {
  it('takes a capitalised word no list knows for unknown', () => {
    for (const w of ['Feruza', 'Jurensly', 'Mekdes', 'Tsegereda', 'Gulnara']) expect(isUnknownCapitalised(w), w).toBe(true);
  });

  it('knows Dutch and English words, compounds, names, places, languages and the things children talk about', () => {
    const known = [
      'Moeder', 'Kindpakket', 'Multisysteemtherapie', 'Navraag', 'Nike-trui', // Dutch words and compounds
      'Inside', 'Signs', 'Support', // English
      'Sanne', 'Jansen', // listed names: the other rules decide those
      'Zaandam', 'Marokko', 'Tigrinya', 'Tamazight', 'Farsi', // places, countries, languages
      'Fortnite', 'Ritalin', 'Parro', 'Bowlby', // platforms, medication, school apps, theorists
      'GGD', 'Ab', 'Wvggz', // capitals, too short, no vowel
    ];
    for (const w of known) expect(isUnknownCapitalised(w), w).toBe(false);
  });
});

describe('the open-class rule in the guard', () => {
  it('finds an unknown word inside a sentence, and one opening a sentence before a lowercase word', () => {
    expect(names('Gisteren sprak ik met Tsegereda over de nachten.')).toEqual(['Tsegereda']);
    expect(names('Hallo Thanasis, kun je morgen komen?')).toEqual(['Thanasis']);
    expect(names('Tesfalem is sinds de zomer niet op school geweest.')).toEqual(['Tesfalem']);
    expect(names('We nodigden Nazanin Rahimzadeh uit.')).toEqual(['Nazanin Rahimzadeh']);
  });

  it('leaves titles, products, labels and words after an article alone', () => {
    for (const text of [
      'We lazen De Gruffalo voor.', // after an article
      'We werken met de methode Taakspel.', // after a product noun
      'In de training Traumasensitief Opvoeden leerden ouders veel.', // next to a known capitalised word
      'Inschatting: risico laag.', // a label at the start
      'Herkenbaar verhaal, bij ons ook.', // an adjective shape at the start
      'Hij speelt "Zwerfkei" op zijn telefoon.', // in quotes
      'Ross Greene stelt in zijn boek dat kinderen het goed doen als ze kunnen.', // next to a name the rules left alone
    ]) {
      expect(names(text), text).toEqual([]);
    }
  });
});
