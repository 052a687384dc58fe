/* Outside Excel there is no CustomFunctions global, yet the metadata plugin appends
 * CustomFunctions.associate(...) to each formula file. This stand-in must be imported first. */
const host = globalThis as { CustomFunctions?: { associate: (id: string, fn: unknown) => void } };
if (!host.CustomFunctions) host.CustomFunctions = { associate: () => undefined };
export {};
