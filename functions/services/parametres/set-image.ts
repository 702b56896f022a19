import { AppError } from '#shared/api/errors.ts';
import { frenchSize } from '#shared/domain/attachments.ts';
import { sniffImage } from '#shared/domain/image-type.ts';
import { MAX_IMAGE_BYTES } from '#shared/domain/limits.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Establishment } from '../ports/establishments.ts';

export type ImageKind = 'logo' | 'cachet';

export function imageKind(value: string | undefined): ImageKind {
  if (value === 'logo' || value === 'cachet') return value;
  throw new AppError('NOT_FOUND');
}

/**
 * Paramètres: the logo or the stamp of the bilan de formation. The bytes must really be the
 * declared PNG or JPEG (checked from their signature) and stay under 500 KB.
 */
export async function setImage(deps: Dependencies, uai: string, kind: ImageKind, image: { mediaType: string; contentBase64: string }): Promise<Establishment> {
  const bytes = Buffer.from(image.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('IMAGE_EMPTY');
  if (bytes.length > MAX_IMAGE_BYTES) throw new AppError('IMAGE_TOO_LARGE', { params: { max: frenchSize(MAX_IMAGE_BYTES) } });
  const real = sniffImage(bytes);
  if (!real) throw new AppError('IMAGE_NOT_PNG_OR_JPEG');
  if (real !== image.mediaType) throw new AppError('IMAGE_WRONG_TYPE', { params: { real: real === 'image/png' ? 'PNG' : 'JPEG' } });
  const key = `${uai}/settings/${kind}`;
  await deps.files.write('files', key, bytes, real);
  return deps.establishments.setImage(uai, kind, key);
}

export async function removeImage(deps: Dependencies, uai: string, kind: ImageKind): Promise<Establishment> {
  await deps.files.remove('files', `${uai}/settings/${kind}`);
  return deps.establishments.setImage(uai, kind, null);
}
