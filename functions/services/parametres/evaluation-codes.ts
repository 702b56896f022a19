import type { CodeSettings } from '#shared/api/schemas/parametres.ts';
import {
  DEFAULT_CODE_SETTINGS,
  EVALUATION_CODES,
  MASTERY_DEGREES,
  codeDefinition,
  displayCode,
  type EvaluationCodeSettings,
} from '#shared/domain/evaluation-codes.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';

/** The view of the settings: the choice, and the six codes as every screen must show them. */
function view(settings: EvaluationCodeSettings): CodeSettings {
  return {
    ...settings,
    codes: EVALUATION_CODES.map((code) => {
      const { masteryWeight, usableInPassport, editable } = codeDefinition(code);
      return { ...displayCode(code, settings), masteryWeight, usableInPassport, editable };
    }),
  };
}

/** Stored settings over the defaults, degree by degree (an item written by an older shape stays readable). */
function withDefaults(stored: Partial<EvaluationCodeSettings> | null): EvaluationCodeSettings {
  const degrees = Object.fromEntries(
    MASTERY_DEGREES.map((degree) => [degree, { ...DEFAULT_CODE_SETTINGS.degrees[degree], ...stored?.degrees?.[degree] }]),
  ) as EvaluationCodeSettings['degrees'];
  return { degrees, secondColour: stored?.secondColour ?? DEFAULT_CODE_SETTINGS.secondColour };
}

/** Paramètres « Codifier les résultats d'évaluations »: what every signed-in user's grids show. */
export async function getCodeSettings(deps: Dependencies, uai: string): Promise<CodeSettings> {
  return view(withDefaults((await deps.pedagogySettings.get(uai)).codes));
}

/**
 * Saves labels, letters and the 2nd colour (already normalised and validated by the route's
 * schema). Results keep their stable code, so nothing recorded changes meaning.
 */
export async function updateCodeSettings(deps: Dependencies, uai: string, settings: EvaluationCodeSettings): Promise<CodeSettings> {
  const { degrees, secondColour } = settings;
  await deps.pedagogySettings.setCodes(uai, { degrees, secondColour });
  return view(withDefaults(settings));
}
