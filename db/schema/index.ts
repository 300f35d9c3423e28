export * from "./auth";
export * from "./organizations";
export * from "./email";
export * from "./participants";
export * from "./follow-up";
export * from "./audit";
export * from "./jobs";
