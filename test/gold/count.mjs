#!/usr/bin/env node
// Counts and sanity-checks the corpus gold files (test/gold/corpus/*.gold.json).
//   node test/gold/count.mjs            -> prints a Markdown table of counts per file
//   node test/gold/count.mjs DIR        -> the same for DIR/*.gold.json (e.g. test/gold/heldout)
//   node test/gold/count.mjs --check    -> also reports dangling references, duplicate
//                                          codes and missing texts; exits 1 on any problem
// "req" counts leave out entries marked optional (what score.mjs requires of an extractor);
// documents and relations are counted only when score.mjs can match them (code / both ends set).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import console from "node:console";
import process from "node:process";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { docKey, bodyKey, fold } from "../../../shared/eval/score.mjs";

const folder = process.argv.slice(2).find((a) => !a.startsWith("--"));
const dir = folder ? resolve(folder) : join(dirname(fileURLToPath(import.meta.url)), "corpus");
const check = process.argv.includes("--check");
const problems = [];
const rows = [];
const total = {
  docs: [0, 0],
  bodies: [0, 0],
  people: [0, 0],
  positions: [0, 0],
  meetings: 0,
  relations: [0, 0],
};

const endKey = (e) =>
  "document" in e
    ? e.document
      ? `d:${docKey(e.document)}`
      : null
    : "body" in e
      ? `b:${bodyKey(e.body)}`
      : "person" in e
        ? `p:${fold(e.person)}`
        : `m:${e.meeting}`;

for (const f of readdirSync(dir)
  .filter((n) => n.endsWith(".gold.json"))
  .sort()) {
  const g = JSON.parse(readFileSync(join(dir, f), "utf8"));
  const err = (m) => problems.push(`${f}: ${m}`);
  if (!g.text || !existsSync(resolve(dir, g.text))) err(`text not found: ${g.text}`);
  const docs = (g.documents ?? []).filter((d) => d.code);
  const keys = docs.map((d) => docKey(d.code));
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i) err(`duplicate document key ${k}`);
  });
  const bodyKeys = new Set(
    (g.bodies ?? []).flatMap((b) => [b.name, ...(b.aliases ?? [])].map(bodyKey)),
  );
  const seenAlias = new Map();
  for (const b of g.bodies ?? [])
    for (const k of new Set([b.name, ...(b.aliases ?? [])].map(bodyKey))) {
      if (seenAlias.has(k)) err(`body key "${k}" shared by "${seenAlias.get(k)}" and "${b.name}"`);
      seenAlias.set(k, b.name);
    }
  const people = new Set((g.people ?? []).flatMap((p) => [p.name, ...(p.aliases ?? [])].map(fold)));
  const meetings = new Set((g.meetings ?? []).map((m) => m.id));
  for (const d of g.documents ?? []) {
    if (d.issuer && !bodyKeys.has(bodyKey(d.issuer)))
      err(`issuer "${d.issuer}" of ${d.code ?? d.title} is not a body`);
    if (d.issuedOn && d.year && !d.issuedOn.startsWith(String(d.year)))
      err(`${d.code}: issuedOn/year disagree`);
  }
  for (const p of g.people ?? [])
    for (const x of p.positions ?? [])
      if (!bodyKeys.has(bodyKey(x.body)))
        err(`position body "${x.body}" of ${p.name} is not a body`);
  const relKeys = new Set();
  let relReq = 0,
    relAll = 0;
  for (const r of g.relations ?? []) {
    for (const e of [r.from, r.to]) {
      if ("document" in e && e.document && !keys.includes(docKey(e.document)))
        err(`relation names unknown document ${e.document}`);
      if ("body" in e && !bodyKeys.has(bodyKey(e.body)))
        err(`relation names unknown body ${e.body}`);
      if ("person" in e && !people.has(fold(e.person)))
        err(`relation names unknown person ${e.person}`);
      if ("meeting" in e && !meetings.has(e.meeting))
        err(`relation names unknown meeting ${e.meeting}`);
    }
    const f1 = endKey(r.from),
      t1 = endKey(r.to);
    if (!f1 || !t1) continue;
    const k = `${r.type} ${f1} ${t1}`;
    if (relKeys.has(k)) err(`duplicate relation ${k}`);
    relKeys.add(k);
    relAll++;
    if (!r.optional) relReq++;
  }
  const cnt = (a) => [a.filter((x) => !x.optional).length, a.length];
  const pos = (g.people ?? []).flatMap((p) =>
    (p.positions ?? []).map((x) => ({ optional: p.optional || x.optional })),
  );
  const subject = f.startsWith("legal__")
    ? (docs[0]?.code ?? g.documents?.[0]?.title ?? "")
    : (g.source?.title ?? g.meetings?.[0]?.title ?? docs[0]?.code ?? "");
  const row = {
    file: f.replace(/\.gold\.json$/, ""),
    subject: subject.replace(/\s+/g, " ").trim().slice(0, 70),
    docs: cnt(docs),
    nullDocs: (g.documents ?? []).length - docs.length,
    bodies: cnt(g.bodies ?? []),
    people: cnt(g.people ?? []),
    positions: cnt(pos),
    meetings: (g.meetings ?? []).length,
    relations: [relReq, relAll],
  };
  rows.push(row);
  for (const c of ["docs", "bodies", "people", "positions", "relations"]) {
    total[c][0] += row[c][0];
    total[c][1] += row[c][1];
  }
  total.meetings += row.meetings;
}

const fmt = ([req, all]) => (req === all ? `${all}` : `${req} (+${all - req})`);
console.log(
  "| gold file (annotates shared/corpus/NAME.txt) | subject | documents | code-less docs | bodies | people | positions | meetings | relations |",
);
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows)
  console.log(
    `| ${r.file} | ${r.subject.replace(/\|/g, "/")} | ${fmt(r.docs)} | ${r.nullDocs} | ${fmt(r.bodies)} | ${fmt(r.people)} | ${fmt(r.positions)} | ${r.meetings} | ${fmt(r.relations)} |`,
  );
console.log(
  `| **total (${rows.length} files)** | | ${fmt(total.docs)} | ${rows.reduce((s, r) => s + r.nullDocs, 0)} | ${fmt(total.bodies)} | ${fmt(total.people)} | ${fmt(total.positions)} | ${total.meetings} | ${fmt(total.relations)} |`,
);
if (check) {
  for (const p of problems) console.error(`problem: ${p}`);
  process.exit(problems.length ? 1 : 0);
}
