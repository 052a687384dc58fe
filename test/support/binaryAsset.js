/* Jest transform for binary assets (the PDF fonts): the module is the file as a data: URL, the
 * webpack asset/resource module's URL stand-in, so the code under test reads the same bytes. */
const fs = require("fs");
const crypto = require("crypto");

module.exports = {
  process(_source, filename) {
    const url = `data:application/octet-stream;base64,${fs.readFileSync(filename).toString("base64")}`;
    return { code: `module.exports = ${JSON.stringify(url)};` };
  },
  getCacheKey(_source, filename) {
    return crypto.createHash("sha1").update(filename).update(String(fs.statSync(filename).mtimeMs)).digest("hex");
  },
};
