import type { ParamMatcher } from '@sveltejs/kit';
import { isUai } from '#shared/domain/uai.ts';

/** `/<UAI>` only matches an establishment code (7 characters and a letter), in any case. */
export const match: ParamMatcher = (param) => isUai(param);
