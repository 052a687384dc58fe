/** What the credit job offers; other folders import this, not the modules behind it. */
export * from "./creditLimit";
export * from "./creditPolicy";
export * from "./decimalRatio";
export * from "./review";
export * from "./reviewPolicy";
export * from "./reviewTable";
export * from "./zScore";
export * from "./paymentRule";
