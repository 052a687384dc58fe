import * as fs from "fs";
import * as os from "os";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rebuildReason } = require("../browser/support/buildState");

/** The browser tests rebuild dist/ when it is older than its sources, so an edit is never tested against the old build. */
describe("rebuildReason", () => {
  let root: string;
  const touch = (file: string, secondsAgo: number) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), "x");
    const t = Date.now() / 1000 - secondsAgo;
    fs.utimesSync(path.join(root, file), t, t);
  };
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "build-state-"));
    touch("src/taskpane/a.ts", 100);
    touch("webpack.config.js", 100);
    fs.utimesSync(path.join(root, "src/taskpane"), Date.now() / 1000 - 100, Date.now() / 1000 - 100);
    fs.utimesSync(path.join(root, "src"), Date.now() / 1000 - 100, Date.now() / 1000 - 100);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("builds when there is no build", () => expect(rebuildReason(root, {})).toMatch(/no build/));
  it("reuses a build newer than every source", () => {
    touch("dist/workbench.html", 10);
    expect(rebuildReason(root, {})).toBeNull();
  });
  it("rebuilds when a source changed after the build", () => {
    touch("dist/workbench.html", 50);
    touch("src/taskpane/a.ts", 5);
    expect(rebuildReason(root, {})).toBe("src changed after dist/ was built");
  });
  it("rebuilds when asked to", () => {
    touch("dist/workbench.html", 10);
    expect(rebuildReason(root, { BROWSER_TEST_REBUILD: "1" })).toMatch(/BROWSER_TEST_REBUILD/);
  });
});
