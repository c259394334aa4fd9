import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import type { Extraction } from "../../../src/domain.js";
import { loadPlan, planLoad, type LoadPlan } from "../../../src/ingest/load/index.js";
import { cited, evidence, extraction, relation } from "../../helpers/extraction.js";

const WARDS = ["Gia Thụy", "Ngọc Lâm", "Bồ Đề", "Long Biên", "Thạch Bàn", "Phúc Đồng"];

/**
 * Source number `i` of a synthetic corpus: a ward's plan carrying out the district's
 * circular (which carries out Nghị định 32/2021/NĐ-CP), its issuer, the ward's
 * secretary and a review meeting. Sources share the upper documents and bodies, so
 * loading them exercises matching and provenance appending as well as creation.
 */
export function corpusExtraction(i: number): Extraction {
  const ward = WARDS[i % WARDS.length] ?? "Gia Thụy";
  const committee = `UBND phường ${ward}`;
  const plan = `${100 + i}/KH-UBND`;
  const year = 2021 + (i % 3);
  const sentence = `Kế hoạch số ${plan} của ${committee} thực hiện Thông tri số 03-TT/QU (nguồn ${i}).`;
  return extraction({
    source: {
      title: `Tin số ${i}: ${committee} triển khai Thông tri 03-TT/QU`,
      publishedAt: "2022-07-02",
    },
    documents: [
      cited(plan, {
        kind: "PLAN",
        issuer: committee,
        year,
        title: `Thực hiện Thông tri 03-TT/QU tại phường ${ward}`,
      }),
      cited("03-TT/QU", { kind: "PARTY_CIRCULAR", issuer: "Quận ủy Long Biên", year: 2021 }),
      cited("32/2021/NĐ-CP", { kind: "DECREE", issuer: "Chính phủ" }),
    ],
    bodies: [
      {
        name: committee,
        kind: "PEOPLES_COMMITTEE",
        level: "COMMUNE",
        aliases: [],
        partOf: "UBND quận Long Biên",
        evidence: evidence(sentence),
      },
    ],
    people: [
      {
        name: `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}${i}`,
        positions: [{ title: "Bí thư", body: `Đảng ủy phường ${ward}` }],
        evidence: evidence(sentence),
      },
    ],
    meetings: [
      {
        key: "m1",
        title: `Hội nghị sơ kết Thông tri 03-TT/QU lần ${i}`,
        kind: "Hội nghị sơ kết",
        date: "2022-07-01",
        organizer: `Đảng ủy phường ${ward}`,
        evidence: evidence(sentence),
      },
    ],
    relations: [
      relation("IMPLEMENTS", plan, "03-TT/QU", sentence),
      relation(
        "IMPLEMENTS",
        "03-TT/QU",
        "32/2021/NĐ-CP",
        `Thông tri 03-TT/QU thực hiện Nghị định 32/2021/NĐ-CP (nguồn ${i}).`,
      ),
      {
        type: "IMPLEMENTS",
        from: { meeting: "m1" },
        to: { document: "03-TT/QU" },
        evidence: evidence(sentence),
      },
    ],
  });
}

/** The load plan of source `i`, with a content hash of its own. */
export function corpusPlan(i: number): LoadPlan {
  const contentHash = createHash("sha256").update(`govgraph reliability corpus ${i}`).digest("hex");
  return planLoad(corpusExtraction(i), { contentHash });
}

/** Loads sources 0 … n-1 one after another. */
export async function loadCorpus(driver: Driver, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) await loadPlan(driver, corpusPlan(i));
}
