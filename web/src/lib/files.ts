import type { Download, PresignedUpload } from '#shared/api/schemas/files.ts';
import { common } from '$lib/i18n/fr/common.ts';

// The server's own limits, from a zod-free module, so the browser warns early with the same figures.
export { MAX_IMAGE_BYTES, MAX_IMPORT_BYTES } from '#shared/domain/limits.ts';

/** The lower-case extension of a file name, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Saves a file the API returned inside its JSON answer (a spreadsheet) on the user's computer. */
export function saveDownload(file: Download): void {
  const binary = atob(file.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by then; old Edge needs the address a little longer.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The content of a local file as base64 (without the `data:` prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(common.fileReadError));
    reader.readAsDataURL(file);
  });
}

/** Thrown when the upload to the file store fails; its message is for the user. */
export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadError';
  }
}

/**
 * Sends a file straight to S3 with a presigned POST: every policy field first, the file last
 * under `file`. XMLHttpRequest rather than fetch, for a real progress percentage.
 */
export function uploadToStore(upload: PresignedUpload, file: File, onProgress: (loaded: number) => void, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', file);

    const xhr = new XMLHttpRequest();
    xhr.open('POST', upload.url);
    xhr.upload.onprogress = (event) => onProgress(Math.min(event.loaded, file.size));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(file.size);
        resolve();
      } else {
        // S3 answers in XML; only its code is worth reading, never its text.
        const tooLarge = /<Code>EntityTooLarge<\/Code>/.test(xhr.responseText ?? '');
        reject(new UploadError(tooLarge ? common.uploadTooLarge : common.uploadFailed));
      }
    };
    xhr.onerror = () => reject(new UploadError(common.uploadFailed));
    xhr.ontimeout = () => reject(new UploadError(common.uploadFailed));
    xhr.onabort = () => reject(new DOMException('Envoi interrompu.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
