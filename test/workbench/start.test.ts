import { execFile } from "child_process";
import * as net from "net";
import * as path from "path";

/** `npm start` on a busy port: one line that says what to do, not an EADDRINUSE stack trace. */
const START = path.resolve(__dirname, "../../scripts/start.js");

function runStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [START], { env: { ...process.env, ...env }, timeout: 20_000 }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stderr });
    });
  });
}

describe("npm start", () => {
  it("says in one line that the port is busy and how to choose another", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "localhost", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, stderr } = await runStart({ CREDIT_DESK_PORT: String(port) });
      expect(code).toBe(1);
      const lines = stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Port ${port} is busy: .*CREDIT_DESK_PORT=3000 npm start.*Excel sideloading needs port 3000`));
      expect(stderr).not.toMatch(/EADDRINUSE|at .*\.js:\d+/);
    } finally {
      blocker.close();
    }
  });

  it("refuses a port that is not a number, in one line", async () => {
    const { code, stderr } = await runStart({ CREDIT_DESK_PORT: "abc" });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe("CREDIT_DESK_PORT must be a port number from 1 to 65535, not 'abc'.");
  });
});
