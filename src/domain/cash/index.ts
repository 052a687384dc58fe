/** What the cash job offers; other folders import this, not the modules behind it. */
export * from "./camt";
export * from "./csvStatement";
export * from "./field86";
export * from "./invoiceRef";
export * from "./ledgerIndex";
export * from "./match";
export * from "./mt940";
export * from "./payerName";
export * from "./read";
export * from "./rf";
export * from "./types";
