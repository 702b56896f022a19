import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CODE_SETTINGS,
  EVALUATION_CODE_CATALOGUE,
  SECOND_DEGREE_YELLOW,
  codeDefinition,
  displayCode,
  displayCodes,
  normaliseCodeSettings,
  validateCodeSettings,
  type EvaluationCodeSettings,
  type MasteryDegree,
} from '#shared/domain/evaluation-codes.ts';

function withDegree(degree: MasteryDegree, change: Partial<{ label: string; letter: string }>): EvaluationCodeSettings {
  return { ...DEFAULT_CODE_SETTINGS, degrees: { ...DEFAULT_CODE_SETTINGS.degrees, [degree]: { ...DEFAULT_CODE_SETTINGS.degrees[degree], ...change } } };
}

/** WCAG 2 contrast ratio of two #RRGGBB colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((start) => parseInt(hex.slice(start, start + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('evaluation codes catalogue (guide 3.8.2)', () => {
  it('keeps six stable codes with the guide’s labels, weights and passport use', () => {
    expect(EVALUATION_CODE_CATALOGUE.map((entry) => [entry.code, entry.defaultLabel, entry.masteryWeight, entry.usableInPassport])).toEqual([
      ['RT', 'Réussite totale', 100, true],
      ['RP', 'Réussite partielle', 67, true],
      ['ECA', 'En cours d’acquisition', 33, true],
      ['TE', 'Trop d’erreurs', 0, true],
      ['NE', 'Non évaluable', null, true],
      ['ABS', 'Absent', null, false],
    ]);
  });

  it('gives every badge colour a text colour readable at 4.5:1 at least, yellow included', () => {
    for (const entry of EVALUATION_CODE_CATALOGUE) expect(contrast(entry.colour, entry.textColour), entry.code).toBeGreaterThanOrEqual(4.5);
    expect(contrast(SECOND_DEGREE_YELLOW, codeDefinition('RP').textColour)).toBeGreaterThanOrEqual(4.5);
  });

  it('displays a stored code with the establishment’s label, letter and 2nd colour', () => {
    const settings = { ...withDegree('RP', { label: 'Acquis en partie', letter: 'P2' }), secondColour: 'yellow' as const };
    expect(displayCode('RP', settings)).toEqual({ code: 'RP', letter: 'P2', label: 'Acquis en partie', colour: SECOND_DEGREE_YELLOW, textColour: '#1A1A1A' });
    expect(displayCode('RP', DEFAULT_CODE_SETTINGS).colour).toBe(codeDefinition('RP').colour);
    expect(displayCode('NE', settings)).toMatchObject({ letter: 'NE', label: 'Non évaluable' });
    expect(displayCodes(settings).map((shown) => shown.letter)).toEqual(['A', 'P2', 'C', 'D', 'NE', 'AB']);
  });
});

describe('validating an establishment’s codes (guide 3.6.2)', () => {
  it('accepts the defaults and letters or digits up to 2 characters', () => {
    expect(validateCodeSettings(DEFAULT_CODE_SETTINGS)).toEqual([]);
    expect(validateCodeSettings(withDegree('RT', { letter: '4' }))).toEqual([]);
    expect(validateCodeSettings(withDegree('RT', { letter: 'T1' }))).toEqual([]);
  });

  it('refuses a letter used by another degree, naming it', () => {
    expect(validateCodeSettings(withDegree('ECA', { letter: 'A' }))).toEqual([
      { path: ['degrees', 'ECA', 'letter'], message: 'La lettre « A » est déjà celle de « Réussite totale ».' },
    ]);
  });

  it('refuses the fixed letters of Non évaluable and Absent', () => {
    expect(validateCodeSettings(withDegree('TE', { letter: 'NE' }))).toEqual([
      { path: ['degrees', 'TE', 'letter'], message: 'La lettre « NE » est déjà celle de « Non évaluable ».' },
    ]);
    expect(validateCodeSettings(withDegree('RT', { letter: 'AB' }))[0]?.message).toBe('La lettre « AB » est déjà celle de « Absent ».');
  });

  it('refuses accents, symbols, empty and too long letters and labels, in French', () => {
    expect(validateCodeSettings(withDegree('RT', { letter: 'É' }))[0]?.message).toBe('Le code ne peut contenir que des lettres sans accent et des chiffres.');
    expect(validateCodeSettings(withDegree('RT', { letter: '*' }))[0]?.path).toEqual(['degrees', 'RT', 'letter']);
    expect(validateCodeSettings(withDegree('RT', { letter: 'ABC' }))[0]?.message).toBe('Le code compte 2 caractères au plus.');
    expect(validateCodeSettings(withDegree('RT', { letter: '' }))[0]?.message).toBe('Saisissez une lettre (1 ou 2 caractères).');
    expect(validateCodeSettings(withDegree('RP', { label: '' }))).toEqual([
      { path: ['degrees', 'RP', 'label'], message: 'Saisissez l’intitulé du degré « Réussite partielle ».' },
    ]);
    expect(validateCodeSettings(withDegree('RP', { label: 'x'.repeat(41) }))[0]?.message).toBe('L’intitulé compte 40 caractères au plus.');
    expect(validateCodeSettings(withDegree('RP', { label: 'x'.repeat(40) }))).toEqual([]);
  });

  it('normalises what was typed before validating: trimmed, capital letters', () => {
    const typed = withDegree('RT', { label: '  Acquis ', letter: ' a1 ' });
    expect(normaliseCodeSettings(typed).degrees.RT).toEqual({ label: 'Acquis', letter: 'A1' });
    expect(validateCodeSettings(normaliseCodeSettings(typed))).toEqual([]);
  });
});
