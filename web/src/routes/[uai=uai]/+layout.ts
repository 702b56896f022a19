import { redirect } from '@sveltejs/kit';
import { normaliseUai } from '#shared/domain/uai.ts';
import type { LayoutLoad } from './$types';

/** Establishment addresses are written in capitals: `/0861234a/…` becomes `/0861234A/…`. */
export const load: LayoutLoad = ({ params, url }) => {
  const uai = normaliseUai(params.uai);
  if (uai !== params.uai) {
    redirect(308, url.pathname.replace(`/${params.uai}`, `/${uai}`) + url.search);
  }
  return { uai };
};
