import { Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { DOCUMENT_RELATION_TYPES } from "../../../src/domain.js";
import { loadTypeDefs } from "../../../src/graph/index.js";
import { IMPLEMENTATION_CHAIN } from "../../../src/graph/queries/index.js";

describe("the relations a chain may follow", () => {
  it("are each read by the chain's edge pattern, which names its types", () => {
    const chainRelation = parse(loadTypeDefs()).definitions.find(
      (definition) =>
        definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "ChainRelation",
    );
    const values =
      chainRelation?.kind === Kind.ENUM_TYPE_DEFINITION
        ? (chainRelation.values ?? []).map((value) => value.name.value)
        : [];
    expect(values).toEqual([...DOCUMENT_RELATION_TYPES]);
    const pattern = /MATCH \(a\)-\[r:([A-Z_|]+)\]->\(b\)/u.exec(IMPLEMENTATION_CHAIN)?.[1];
    expect(pattern?.split("|")).toEqual(values);
  });
});
