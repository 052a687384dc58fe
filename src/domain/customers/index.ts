/** What the customers job offers; other folders import this, not the modules behind it. */
export * from "./companyId";
export * from "./customerId";
export * from "./customerKey";
export * from "./iban";
export * from "./mask";
export * from "./newAccount";
export * from "./validation";
export * from "./vatId";
