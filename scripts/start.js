#!/usr/bin/env node
/* npm start: serves the add-in and the workbench with webpack-dev-server, after checking that the port
 * is free, so a busy port is one line that says what to do instead of an EADDRINUSE stack trace. */
const net = require("net");
const { spawn } = require("child_process");
const path = require("path");

const DEFAULT_PORT = 3000;

/** The port to serve on: CREDIT_DESK_PORT, else 3000. Throws a one-line message for a bad value. */
function chosenPort(env = process.env) {
  const text = env.CREDIT_DESK_PORT;
  if (text === undefined || text === "") return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`CREDIT_DESK_PORT must be a port number from 1 to 65535, not '${text}'.`);
  return port;
}

/** Resolves true when nothing listens on `port` of localhost. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "localhost");
  });
}

function busyMessage(port) {
  const other = port === DEFAULT_PORT ? 3001 : DEFAULT_PORT;
  return (
    `Port ${port} is busy: stop what uses it, or serve the workbench on another port with CREDIT_DESK_PORT=${other} npm start. ` +
    `Excel sideloading needs port 3000, or a manifest built for the other port (CREDIT_DESK_URL=https://localhost:${other}/ npm run build).`
  );
}

async function main() {
  let port;
  try {
    port = chosenPort();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  if (!(await portIsFree(port))) {
    console.error(busyMessage(port));
    process.exit(1);
  }
  const webpack = path.join(path.dirname(require.resolve("webpack-cli/package.json")), "bin", "cli.js");
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development", "--port", String(port)], {
    stdio: "inherit",
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: "true", CREDIT_DESK_PORT: String(port) },
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

if (require.main === module) main();

module.exports = { chosenPort, portIsFree, busyMessage };
