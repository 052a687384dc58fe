/** Browser tests: the built workbench in Debian's headless Chromium, driven by playwright-core. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 180000,
  globalSetup: "<rootDir>/test/browser/support/buildOnce.js",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true, esModuleInterop: true } }],
  },
};
