// Throughput of the normalize stage over the shared corpora, read in place.
//   npx tsx bench/normalize.bench.ts [dir…]   (default: ../shared/corpus, ../shared/corpus-bulk)
// Prints MB/s per directory and for one generated 20 MB text, by wall clock and by CPU
// time (on a shared machine the second is the steadier figure), and lists files that
// threw or still show legacy-encoding artefacts. Asserts nothing about time.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { normalizeSource } from "../src/ingest/normalize/index.js";

// Inside a word, Latin-1 letters and signs that Vietnamese never uses are what TCVN3 or
// VNI text shows when read as Windows-1252 ("ViÖt", "Vieät", "§¶ng"); "á»" and "Ã" +
// a sign are what UTF-8 shows ("Viá»‡t").
const MOJIBAKE = /\p{L}[ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ§µ¶·¸¹¢£¤¥¦¨ª¬®]|á»|Ã[\u00a0-\u00bf]/u;

/** Runs `work` and returns its wall-clock and CPU seconds. */
function timed(work: () => void): { wall: number; cpu: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
}

function rate(megabytes: number, time: { wall: number; cpu: number }): string {
  return (
    `${megabytes.toFixed(1)} MB in ${time.wall.toFixed(2)} s wall (${(megabytes / time.wall).toFixed(1)} MB/s), ` +
    `${time.cpu.toFixed(2)} s CPU (${(megabytes / time.cpu).toFixed(1)} MB/s)`
  );
}

const dirs = process.argv.slice(2);
for (const dir of dirs.length > 0 ? dirs : ["../shared/corpus", "../shared/corpus-bulk"]) {
  const files = readdirSync(dir).filter((name) => name.endsWith(".txt"));
  const inputs = files.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  const megabytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0) / 1e6;
  const failures: string[] = [];
  const mojibake: string[] = [];
  const time = timed(() => {
    for (const { name, bytes } of inputs) {
      try {
        if (MOJIBAKE.test(normalizeSource(bytes).text)) mojibake.push(name);
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message}`);
      }
    }
  });
  console.log(
    `${resolve(dir).split("/").slice(-1)[0]}: ${files.length} files, ${rate(megabytes, time)}; ` +
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
const bigBytes = Buffer.from(big);
let length = 0;
const time = timed(() => {
  length = normalizeSource(bigBytes).text.length;
});
console.log(`generated: ${rate(bigBytes.length / 1e6, time)}, ${length} chars out`);
