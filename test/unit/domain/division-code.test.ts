import { describe, expect, it } from 'vitest';
import { divisionCodeSchema } from '#shared/api/schemas/common.ts';
import { isDivisionCode, MAX_DIVISION_CODE_LENGTH } from '#shared/domain/division-code.ts';

describe('division and group codes', () => {
  it('takes the codes SIECLE and STS-Web write, spaces and punctuation included', () => {
    for (const code of ['1GA1', '6 B', '2AGO1_ANG', '3 AVSPRO', 'T-OTM', 'G'.repeat(MAX_DIVISION_CODE_LENGTH)]) expect(isDivisionCode(code), code).toBe(true);
  });

  it('refuses what a key cannot hold: empty, « # », control characters, more than 40 characters', () => {
    for (const code of ['', '1GA#1', '1GA\u00001', 'TAB\tX', 'G'.repeat(MAX_DIVISION_CODE_LENGTH + 1)])
      expect(isDivisionCode(code), JSON.stringify(code)).toBe(false);
  });

  it('is the rule of the API path parameter too, so an imported code is always reachable', () => {
    for (const code of ['6 B', '1GA#1', 'G'.repeat(41)]) expect(divisionCodeSchema.safeParse(code).success, code).toBe(isDivisionCode(code));
  });
});
