// Placeholder entry, replaced by the event handler.
export const handler = async (_event: unknown) => {};
