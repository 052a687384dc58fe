import * as fs from "fs";
import * as path from "path";
import semver from "semver";

/**
 * `npm ci` warns EBADENGINE when an installed package needs a newer Node than the one the project
 * names. Every package the lock file installs must accept the oldest Node of package.json's engines.
 */
const ROOT = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));

describe("the Node version the project names", () => {
  const oldest = semver.minVersion(pkg.engines.node)!.version;

  it("is Node 20 or later, as the README says", () => {
    expect(semver.major(oldest)).toBe(20);
    expect(fs.readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain(`Node.js ${oldest}`);
  });

  it("is accepted by every package npm ci installs, so the install has no engine warnings", () => {
    const refusing = Object.entries(lock.packages as Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>)
      .filter(([name, p]) => name !== "" && p.engines && !Array.isArray(p.engines) && typeof p.engines.node === "string")
      .filter(([, p]) => !semver.satisfies(oldest, (p.engines as { node: string }).node))
      .map(([name, p]) => `${name} needs node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
