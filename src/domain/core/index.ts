/** What the core job offers; other folders import this, not the modules behind it. */
export * from "./amountColumn";
export * from "./amountText";
export * from "./cells";
export * from "./dateColumn";
export * from "./dateText";
export * from "./dates";
export * from "./mask";
export * from "./money";
export * from "./problem";
export * from "./timeValue";
