/**
 * Size limits shared by the server's checks and the browser's early warnings. Plain constants,
 * with no schema library, so the SPA can import them without shipping zod.
 */

/** SIECLE/STS uploads: the presigned POST's policy and the analysis both refuse more. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Logo and stamp images, sent through the API as base64 (the 1 MB body limit leaves room). */
export const MAX_IMAGE_BYTES = 500 * 1024;
