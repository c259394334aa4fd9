import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Whether the operation selects the field at `path` below the current field
 * ("edges", "evidence" under "edges"), looking through fragments. Resolvers use it
 * to leave out of their Cypher what nobody asked for.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const search = (sets: readonly (SelectionSetNode | undefined)[], depth: number): boolean => {
    const name = path[depth];
    if (name === undefined) return true;
    const next: SelectionSetNode[] = [];
    const visit = (set: SelectionSetNode | undefined) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD && selection.name.value === name) {
          if (selection.selectionSet) next.push(selection.selectionSet);
          else if (depth === path.length - 1)
            next.push({ kind: Kind.SELECTION_SET, selections: [] });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet);
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          visit(info.fragments[selection.name.value]?.selectionSet);
        }
      }
    };
    sets.forEach(visit);
    return next.length > 0 && search(next, depth + 1);
  };
  return search(
    info.fieldNodes.map((node) => node.selectionSet),
    0,
  );
}
