import { ErrorCode, GovgraphError } from "../errors.js";

/** A list of rows as a statement returns it column by column, each key once. */
export type Columns<Row> = { readonly [Key in keyof Row]: readonly Row[Key][] };

/**
 * Turns columns back into rows: `{id: ["a", "b"], depth: [0, 1]}` into
 * `[{id: "a", depth: 0}, {id: "b", depth: 1}]`. Columns of different lengths mean the
 * statement is wrong, and would pair one row's values with another's: refused.
 */
export function rowsOf<Row extends object>(columns: Columns<Row>): Row[] {
  const keys = Object.keys(columns) as (keyof Row & string)[];
  const length = keys.length === 0 ? 0 : columns[keys[0]!].length;
  const uneven = keys.find((key) => columns[key].length !== length);
  if (uneven !== undefined) {
    throw new GovgraphError(
      ErrorCode.INTERNAL,
      `the answer's columns differ in length: '${keys[0]}' has ${length} values, '${uneven}' ${columns[uneven].length}`,
    );
  }
  const rows = new Array<Row>(length);
  for (let i = 0; i < length; i++) {
    const row = {} as Row;
    for (const key of keys) row[key] = columns[key][i] as Row[typeof key];
    rows[i] = row;
  }
  return rows;
}
