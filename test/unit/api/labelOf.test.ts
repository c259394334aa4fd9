import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/api/resolvers/NodeSummary.js";

const document = (kind: string, code: string | null, title: string | null) => ({
  id: "vn/x",
  type: "DOCUMENT" as const,
  code,
  kind,
  title,
  name: null,
});

describe("api: node labels", () => {
  it("names a document by its kind and number", () => {
    expect(labelOf(document("DECREE", "32/2021/NĐ-CP", "Quy định chi tiết …"))).toBe(
      "Nghị định 32/2021/NĐ-CP",
    );
  });

  it("names a document without a number by its title, its kind first unless the title starts with it", () => {
    expect(
      labelOf(document("PLAN", null, "Kế hoạch triển khai thực hiện Nghị định số 32/NĐ-CP")),
    ).toBe("Kế hoạch triển khai thực hiện Nghị định số 32/NĐ-CP");
    expect(labelOf(document("RULES", null, "QUY CHẾ làm việc"))).toBe("QUY CHẾ làm việc");
    expect(labelOf(document("DECISION", null, "Về việc ủy quyền ký chứng thực"))).toBe(
      "Quyết định: Về việc ủy quyền ký chứng thực",
    );
    expect(labelOf(document("PLAN", null, "Kế hoạchnăm 2025"))).toBe("Kế hoạch: Kế hoạchnăm 2025");
    expect(labelOf(document("PLAN", null, null))).toBe("Kế hoạch: vn/x");
  });
});
