// Placeholder entry, replaced by the function's router.
export const handler = async () => ({ statusCode: 501, body: '' });
