/** What the write-offs job offers; other folders import this, not the modules behind it. */
export * from "./agingFilter";
export * from "./journal";
export * from "./policy";
export * from "./posting";
export * from "./provision";
export * from "./provisionEntry";
export * from "./provisionMatrix";
export * from "./register";
export * from "./rollRates";
