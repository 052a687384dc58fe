/** Unit, integration and component tests (the browser tests have jest.browser.config.js). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", isolatedModules: true, esModuleInterop: true } }],
    "\\.ttf$": "<rootDir>/test/support/binaryAsset.js",
  },
  // The fonts come from node_modules and still need the asset transform.
  transformIgnorePatterns: ["/node_modules/(?!dejavu-fonts-ttf/)"],
  setupFiles: ["<rootDir>/test/support/fastCheck.ts"],
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/fileStub.js",
    // mimetext's CommonJS build requires Babel's ESM helpers; their CommonJS twins are the same functions.
    "^@babel/runtime-corejs3/helpers/esm/(.*)$": "@babel/runtime-corejs3/helpers/$1",
  },
};
