/** What the statements job offers; other folders import this, not the modules behind it. */
export * from "./statement";
