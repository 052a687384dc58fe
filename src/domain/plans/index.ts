/** What the plans job offers; other folders import this, not the modules behind it. */
export * from "./customerKey";
export * from "./letterModel";
export * from "./openItems";
export * from "./paymentPlan";
export * from "./payments";
export * from "./periodicInterest";
export * from "./planFrequency";
export * from "./planId";
export * from "./planStatus";
export * from "./promises";
export * from "./proposal";
export * from "./register";
export * from "./registerRows";
export * from "./tracking";
