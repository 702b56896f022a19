import { describe, expect, it } from 'vitest';
import { MASKABLE_FIELDS, defaultMask, effectiveMask, maskOverrides, validateMask } from '#shared/domain/input-masks.ts';

describe('input masks (guide 3.6.2 « Modifier les masques de saisie »)', () => {
  it('lists the scenario and passport fields with French default labels', () => {
    expect(MASKABLE_FIELDS.scenario.map((entry) => entry.field)).toEqual(['title', 'context', 'materials', 'links', 'resources', 'attachments']);
    expect(defaultMask().passport).toMatchObject({
      date: 'Date',
      place: 'Lieu',
      conditions: 'Conditions de réalisation',
      description: 'Description détaillée',
    });
  });

  it('shows stored labels over the defaults and ignores fields it no longer knows', () => {
    const mask = effectiveMask({ passport: { place: 'Lieu de stage', ancien: 'x' }, scenario: { materials: 'Logiciels' } });
    expect(mask.passport.place).toBe('Lieu de stage');
    expect(mask.scenario.materials).toBe('Logiciels');
    expect(mask.passport).not.toHaveProperty('ancien');
  });

  it('stores only labels that differ from the default, trimmed', () => {
    expect(maskOverrides({ passport: { place: ' Lieu de stage ', date: 'Date' } })).toEqual({ scenario: {}, passport: { place: 'Lieu de stage' } });
  });

  it('refuses unknown fields, empty and too long labels, in French', () => {
    expect(validateMask({ scenario: { budget: 'Budget' } })).toEqual([{ path: ['scenario', 'budget'], message: 'Champ inconnu : « budget ».' }]);
    expect(validateMask({ passport: { place: '  ' } })[0]?.message).toBe('Saisissez un intitulé, ou rétablissez celui par défaut.');
    expect(validateMask({ passport: { place: 'x'.repeat(61) } })[0]?.message).toBe('L’intitulé compte 60 caractères au plus.');
    expect(validateMask({ passport: { place: 'x'.repeat(60) } })).toEqual([]);
  });
});
