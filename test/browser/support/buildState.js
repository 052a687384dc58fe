/* Whether dist/ is older than what it is built from, so the browser tests never test stale code. */
const fs = require("fs");
const path = require("path");

/** What the production build reads: a change to any of these makes dist/ stale. */
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package-lock.json", "tsconfig.json"];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((newest, name) => Math.max(newest, newestMtime(path.join(p, name))), stat.mtimeMs);
}

/** Why dist/ must be rebuilt before the browser tests, or null when it is up to date. */
function rebuildReason(root, env = process.env) {
  const built = path.join(root, "dist", "workbench.html");
  if (!fs.existsSync(built)) return "there is no build in dist/";
  if (env.BROWSER_TEST_REBUILD) return "BROWSER_TEST_REBUILD is set";
  const builtAt = fs.statSync(built).mtimeMs;
  const changed = INPUTS.find((input) => newestMtime(path.join(root, input)) > builtAt);
  return changed ? `${changed} changed after dist/ was built` : null;
}

module.exports = { rebuildReason };
