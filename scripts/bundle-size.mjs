// Prints a bundle's raw and gzipped size and fails when the gzipped size exceeds its committed budget
// (size-budget.json, 2 % tolerance). Usage: node bundle-size.mjs <budget.json> <bundle.js>
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { gzipSync } from "node:zlib";

const [budgetFile, bundleFile] = process.argv.slice(2);
const budgets = JSON.parse(readFileSync(budgetFile, "utf8"));
const bytes = readFileSync(bundleFile);
const gzipped = gzipSync(bytes, { level: 9 }).length;
const name = basename(bundleFile);
const budget = budgets[name];
console.log(`[bundle-size] ${name}: ${bytes.length} bytes minified, ${gzipped} bytes gzipped` +
  (budget ? ` (budget ${budget.gzipBytes} + 2 %)` : " (no budget)"));
if (!budget) {
  console.error(`[bundle-size] ${name} has no entry in ${budgetFile}`);
  process.exit(1);
}
if (gzipped > budget.gzipBytes * 1.02) {
  console.error(`[bundle-size] ${name} is over budget: ${gzipped} > ${budget.gzipBytes} bytes gzipped. ` +
    "Raise the budget in the change that grows the bundle, and say why.");
  process.exit(1);
}
