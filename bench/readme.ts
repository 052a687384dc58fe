/* After `npm run bench`: rewrites the README's speed paragraph from bench/results.md. */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { withSpeedParagraph } from "./lib/readmeSpeed";

const root = path.join(__dirname, "..");
const readme = path.join(root, "README.md");
const results = readFileSync(path.join(__dirname, "results.md"), "utf8");
writeFileSync(readme, withSpeedParagraph(readFileSync(readme, "utf8"), results));
console.log("Updated the speed paragraph of README.md from bench/results.md");
