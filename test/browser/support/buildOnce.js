/* Builds the production bundle once before the browser tests, unless CI already built it. */
const { execSync } = require("child_process");
const fs = require("fs");
const path = require("path");

module.exports = async () => {
  const root = path.resolve(__dirname, "../../..");
  if (!fs.existsSync(path.join(root, "dist", "workbench.html")) || process.env.BROWSER_TEST_REBUILD) {
    execSync("npx webpack --mode production", { cwd: root, stdio: "inherit" });
  }
};
