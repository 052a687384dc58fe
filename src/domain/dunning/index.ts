/** What the dunning job offers; other folders import this, not the modules behind it. */
export * from "./level";
export * from "./policy";
