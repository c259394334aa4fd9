import { describe, expect, it } from "vitest";
import { codeInReference } from "../../../src/identity/index.js";

describe("the number-symbol in a reference to a document", () => {
  it("drops the kind's name and 'số' as texts and govgraph's labels write them", () => {
    expect(codeInReference("Nghị định 32/2021/NĐ-CP")).toBe("32/2021/NĐ-CP");
    expect(codeInReference("Nghị định số 32/2021/NĐ-CP")).toBe("32/2021/NĐ-CP");
    expect(codeInReference("nghi dinh so: 32/2021/ND-CP")).toBe("32/2021/ND-CP");
    expect(codeInReference("Thông tri 03-TT/QU")).toBe("03-TT/QU");
    expect(codeInReference("Thông tư liên tịch 01/2020/TTLT-BCA")).toBe("01/2020/TTLT-BCA");
    expect(codeInReference("Nghị định 32/2021/NĐ-CP".normalize("NFD"))).toBe("32/2021/NĐ-CP");
  });

  it("leaves everything else as given, for the code parser to judge", () => {
    expect(codeInReference("32/2021/NĐ-CP")).toBe("32/2021/NĐ-CP");
    expect(codeInReference("số 32/2021/NĐ-CP")).toBe("số 32/2021/NĐ-CP");
    expect(codeInReference("UBND 5/KH")).toBe("UBND 5/KH");
    expect(codeInReference("Luật Đất đai 2024")).toBe("Luật Đất đai 2024");
    expect(codeInReference("Nghị định")).toBe("Nghị định");
  });
});
