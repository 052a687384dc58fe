/** What the dunning job offers; other folders import this, not the modules behind it. */
export * from "./level";
export * from "./log";
export * from "./policy";
export * from "./policyTable";
export * from "./run";
export * from "./legalPack";
