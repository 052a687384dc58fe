/** What the write-offs job offers; other folders import this, not the modules behind it. */
export * from "./provision";
export * from "./rollRates";
