import { AppError } from '#shared/api/errors.ts';
import type { InputMaskView, UpdateInputMask } from '#shared/api/schemas/parametres.ts';
import { isDiplomaId, type DiplomaId } from '#shared/domain/diplomas.ts';
import { MASKABLE_FIELDS, MASK_FORMS, effectiveMask, maskOverrides, type InputMaskOverrides } from '#shared/domain/input-masks.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';

/** The diploma of the path, or a French 404 naming it. */
export function maskDiploma(value: string | undefined): DiplomaId {
  if (isDiplomaId(value)) return value;
  throw new AppError('DIPLOMA_UNKNOWN', { params: { diploma: value ?? '' } });
}

function view(diploma: DiplomaId, overrides: InputMaskOverrides | undefined): InputMaskView {
  const mask = effectiveMask(overrides);
  const fields = (form: (typeof MASK_FORMS)[number]) =>
    MASKABLE_FIELDS[form].map(({ field, label }) => ({ field, label: (mask[form] as Record<string, string>)[field]!, defaultLabel: label }));
  return { diploma, scenario: fields('scenario'), passport: fields('passport') };
}

/** Paramètres « Modifier les masques de saisie »: one diploma's labels of the scenario and passport forms. */
export async function getInputMask(deps: Dependencies, uai: string, diploma: DiplomaId): Promise<InputMaskView> {
  return view(diploma, (await deps.pedagogySettings.get(uai)).masks[diploma]);
}

/**
 * Replaces one diploma's labels (validated by the route's schema). Fields left out or given
 * their default label go back to the default, so « Rétablir » is simply saving the defaults.
 */
export async function updateInputMask(deps: Dependencies, uai: string, diploma: DiplomaId, submitted: UpdateInputMask): Promise<InputMaskView> {
  const overrides = maskOverrides(submitted);
  await deps.pedagogySettings.setMask(uai, diploma, overrides);
  return view(diploma, overrides);
}
