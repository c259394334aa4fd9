import {
  bodyId,
  bodyLifetime,
  classifyBodyKind,
  classifyBodyLevel,
  foldedId,
} from "../../identity/index.js";
import type { BodyRow, SuccessionRow } from "./LoadPlan.js";
import { searchText } from "./searchText.js";

/**
 * The bodies that carried on the plan's ended ones ("UBND tỉnh Bắc Giang" → "UBND tỉnh
 * Bắc Ninh"), as rows to merge: the successor's node is written when no text has named it
 * yet, but not as mentioned by this text, which did not name it.
 */
export function planSuccessions(bodies: Iterable<Pick<BodyRow, "id" | "level">>): SuccessionRow[] {
  const rows: SuccessionRow[] = [];
  for (const body of bodies) {
    const succession = bodyLifetime(body.id, body.level).succession;
    if (!succession) continue;
    const name = succession.successor;
    const id = bodyId(name);
    const level = classifyBodyLevel(name) ?? null;
    const { validFrom, validTo } = bodyLifetime(id, level);
    rows.push({
      from: body.id,
      to: {
        id,
        foldedId: foldedId(id),
        name,
        kind: classifyBodyKind(name),
        level,
        province: null,
        aliases: [],
        searchText: searchText([name]),
        validFrom,
        validTo,
      },
      on: succession.on,
      basis: succession.basis,
    });
  }
  return rows;
}
