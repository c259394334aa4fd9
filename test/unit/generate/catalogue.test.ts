import { describe, expect, it } from "vitest";
import { buildCatalogue } from "../../../src/generate/index.js";
import { bodyId, classifyBodyLevel, foldedId } from "../../../src/identity/index.js";

describe("generate: the administrative map", () => {
  const catalogue = buildCatalogue();

  it("has 63 provinces until 2025-06-30 and 34 from 2025-07-01", () => {
    expect(catalogue.oldProvinces).toHaveLength(63);
    expect(catalogue.newProvinces).toHaveLength(34);
    expect(catalogue.newProvinces.map((p) => p.name)).toContain("thành phố Hồ Chí Minh");
    expect(catalogue.oldProvinces.map((p) => p.name)).toContain("tỉnh Hà Giang");
    expect(catalogue.newProvinces.map((p) => p.name)).not.toContain("tỉnh Hà Giang");
  });

  it("has ~700 districts that end on 2025-06-30 and 3,321 communes that start on 2025-07-01", () => {
    const districts = catalogue.oldProvinces.flatMap((p) => p.children);
    const communes = catalogue.newProvinces.flatMap((p) => p.children);
    expect(districts.length).toBeGreaterThan(650);
    expect(communes).toHaveLength(3321);
    expect(new Set(districts.map((d) => d.committee.validTo))).toEqual(new Set(["2025-06-30"]));
    expect(new Set(communes.map((c) => c.party.validFrom))).toEqual(new Set(["2025-07-01"]));
    expect(districts[0]?.party.name).toMatch(/^(Huyện|Quận) ủy /);
    expect(communes[0]?.party.name).toMatch(/^Đảng ủy (xã|phường) /);
  });

  it("gives every body the id the load stage derives from its name and province, once", () => {
    const ids = catalogue.bodies.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const body of catalogue.bodies) {
      expect(body.id).toBe(bodyId(body.name, body.province ?? undefined));
      expect(body.province !== null).toBe(body.level === "DISTRICT" || body.level === "COMMUNE");
    }
    expect(ids).toContain("ubnd-tp-ha-noi");
    expect(ids).toContain("bo-tu-phap");
    expect(ids).toContain("bch-trung-uong");
  });

  it("repeats commune names across provinces, as the country does, and keeps their bodies apart", () => {
    const communes = catalogue.newProvinces.flatMap((p) => p.children);
    const byName = new Map<string, string[]>();
    for (const commune of communes) {
      byName.set(commune.name, [...(byName.get(commune.name) ?? []), commune.committee.id]);
    }
    const repeated = [...byName.values()].filter((ids) => ids.length > 1);
    expect(repeated.length).toBeGreaterThan(100);
    for (const ids of repeated) expect(new Set(ids).size).toBe(ids.length);
    for (const province of catalogue.newProvinces) {
      const names = province.children.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("holds communes of one province whose names differ by diacritics alone, with ids apart", () => {
    const pairs = catalogue.newProvinces.flatMap((province) => {
      const byFolded = new Map<string, string[]>();
      for (const commune of province.children) {
        const key = foldedId(commune.committee.id);
        byFolded.set(key, [...(byFolded.get(key) ?? []), commune.committee.id]);
      }
      return [...byFolded.values()].filter((ids) => ids.length > 1);
    });
    expect(pairs.length).toBeGreaterThan(0);
    for (const ids of pairs) expect(new Set(ids).size).toBe(ids.length);
  });

  it("links every body to a parent that exists, up to the centre", () => {
    const ids = new Set(catalogue.bodies.map((b) => b.id));
    for (const body of catalogue.bodies) {
      if (body.parentId) expect(ids.has(body.parentId)).toBe(true);
      else expect(body.level === "CENTRAL" || body.kind === "PEOPLES_COUNCIL").toBe(true);
    }
  });

  it("names local bodies so that their level can be read from the name", () => {
    for (const body of catalogue.bodies.filter(
      (b) => b.level !== "CENTRAL" && b.role !== "DEPARTMENT",
    )) {
      expect([body.level, undefined]).toContain(classifyBodyLevel(body.name));
    }
  });
});
