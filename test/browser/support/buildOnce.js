/* Builds the production bundle before the browser tests when dist/ is missing or older than its
 * sources (CI builds just before, so it is reused there). */
const { execSync } = require("child_process");
const path = require("path");
const { rebuildReason } = require("./buildState");

module.exports = async () => {
  const root = path.resolve(__dirname, "../../..");
  const reason = rebuildReason(root);
  if (reason === null) return;
  console.log(`\nBuilding dist/ for the browser tests: ${reason}.`);
  execSync("npx webpack --mode production", { cwd: root, stdio: "inherit" });
};
