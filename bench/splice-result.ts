import fs from "node:fs";
import path from "node:path";
import { readResult, renderResult, SECTIONS } from "./support/report";
import { ROOT } from "./support/results";

// `npx tsx bench/splice-result.ts <name>`: puts one benchmark run alone (`npm run bench:<name>`)
// into BENCHMARKS.md — its summary rows and its section, replacing earlier ones — without running
// every benchmark again. The run's own line says when and from which commit it was measured.

const name = process.argv[2];
const section = SECTIONS.find((s) => s.name === name);
const result = name ? readResult(name) : null;
if (!section || !result) throw new Error(`usage: tsx bench/splice-result.ts <${SECTIONS.map((s) => s.name).join("|")}> (after npm run bench:<name>)`);

const file = path.join(ROOT, "BENCHMARKS.md");
let report = fs.readFileSync(file, "utf8");
const heading = `## ${section.title}\n`;
const rowPrefix = `| ${section.title} |`;
const cell = (text: string) => text.replace(/\|/g, "\\|");
const rows = result.targets.map((t) => `${rowPrefix} ${t.what} | ${cell(t.target)} | ${cell(t.measured)} | ${t.met ? "yes" : "**no**"} |`);

const lines = report.split("\n").filter((line) => !line.startsWith(rowPrefix));
const summaryEnd = lines.findIndex((line, i) => i > lines.indexOf("## Summary") + 2 && line === "");
lines.splice(summaryEnd, 0, ...rows);
report = lines.join("\n");
const start = report.indexOf(heading);
const body = [heading, ...renderResult(result)].join("\n");
if (start >= 0) {
  const next = report.indexOf("\n## ", start + heading.length);
  report = report.slice(0, start) + body + (next >= 0 ? report.slice(next) : "\n");
} else {
  report = `${report.trimEnd()}\n\n${body}`;
}
fs.writeFileSync(file, report.endsWith("\n") ? report : `${report}\n`);
console.log(`BENCHMARKS.md: ${section.title} from ${result.run.date}`);
