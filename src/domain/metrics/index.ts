/** What the metrics job offers; other folders import this, not the modules behind it. */
export * from "./cei";
export * from "./dso";
export * from "./dashboard";
export * from "./paymentBehaviour";
export * from "./followUp";
