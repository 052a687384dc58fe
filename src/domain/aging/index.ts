/** What the aging job offers; other folders import this, not the modules behind it. */
export * from "./aging";
