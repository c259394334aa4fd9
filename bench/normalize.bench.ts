// Throughput of the normalize stage over the shared corpora, read in place.
//   npx tsx bench/normalize.bench.ts [dir…]   (default: ../shared/corpus, ../shared/corpus-bulk)
// Prints MB/s per directory and for one generated 20 MB text, and lists files that
// threw or still show legacy-encoding artefacts. Asserts nothing about time.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { normalizeSource } from "../src/ingest/normalize/index.js";

// Inside a word, Latin-1 letters and signs that Vietnamese never uses are what TCVN3 or
// VNI text shows when read as Windows-1252 ("ViÖt", "Vieät", "§¶ng"); "á»" and "Ã" +
// a sign are what UTF-8 shows ("Viá»‡t").
const MOJIBAKE = /\p{L}[ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ§µ¶·¸¹¢£¤¥¦¨ª¬®]|á»|Ã[\u00a0-\u00bf]/u;

const dirs = process.argv.slice(2);
for (const dir of dirs.length > 0 ? dirs : ["../shared/corpus", "../shared/corpus-bulk"]) {
  const files = readdirSync(dir).filter((name) => name.endsWith(".txt"));
  let bytes = 0;
  let millis = 0;
  const failures: string[] = [];
  const mojibake: string[] = [];
  for (const name of files) {
    const input = readFileSync(join(dir, name));
    bytes += input.length;
    const start = performance.now();
    try {
      const result = normalizeSource(input);
      millis += performance.now() - start;
      if (MOJIBAKE.test(result.text)) mojibake.push(name);
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    }
  }
  const mb = bytes / 1e6;
  console.log(
    `${resolve(dir).split("/").slice(-1)[0]}: ${files.length} files, ${mb.toFixed(1)} MB in ` +
      `${(millis / 1000).toFixed(2)} s = ${(mb / (millis / 1000)).toFixed(1)} MB/s; ` +
      `${failures.length} threw, ${mojibake.length} with mojibake`,
  );
  for (const line of [...failures, ...mojibake.map((name) => `mojibake? ${name}`)]) {
    console.log(`  ${line}`);
  }
}

const paragraph =
  "**Căn cứ** Nghị định số 32/2021/NĐ-\nCP ngày 29/3/2021 của Chính phủ; Thông tri số\n03-TT/QU của Quận ủy " +
  "về thí điểm mô hình chính quyền đô thị tại phường Gia Thuỵ &ndash; quận Long Biên.\n\n";
const big = paragraph.repeat(Math.ceil(20e6 / Buffer.byteLength(paragraph)));
const start = performance.now();
const result = normalizeSource(big);
const seconds = (performance.now() - start) / 1000;
const mb = Buffer.byteLength(big) / 1e6;
console.log(
  `generated: ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s ` +
    `(${result.text.length} chars out)`,
);
