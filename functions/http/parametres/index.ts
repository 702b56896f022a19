import { dispatch } from '#functions/platform/dispatch.ts';
import { deleteImage } from './delete-image.ts';
import { getCodes } from './get-codes.ts';
import { getEstablishment } from './get-establishment.ts';
import { getMask } from './get-mask.ts';
import { updateCodes } from './update-codes.ts';
import { updateEstablishment } from './update-establishment.ts';
import { updateMask } from './update-mask.ts';
import { uploadImage } from './upload-image.ts';

export const handler = dispatch({
  'parametres.get-establishment': getEstablishment,
  'parametres.update-establishment': updateEstablishment,
  'parametres.upload-image': uploadImage,
  'parametres.delete-image': deleteImage,
  'parametres.get-codes': getCodes,
  'parametres.update-codes': updateCodes,
  'parametres.get-mask': getMask,
  'parametres.update-mask': updateMask,
});
