/** What the ledger job offers; other folders import this, not the modules behind it. */
export * from "./checkRows";
export * from "./collectRows";
export * from "./columnContent";
export * from "./headers";
export * from "./mapColumns";
export * from "./rangeColumns";
export * from "./readLedger";
export * from "./rememberedMapping";
export * from "./status";
export * from "./types";
