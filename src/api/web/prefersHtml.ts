function qualities(accept: string): Map<string, number> {
  const byType = new Map<string, number>();
  for (const range of accept.split(",")) {
    const [type = "", ...parameters] = range.split(";").map((part) => part.trim().toLowerCase());
    if (!type) continue;
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    byType.set(type, Number.isFinite(quality) ? quality : 0);
  }
  return byType;
}

/**
 * True when an Accept header asks for a page rather than JSON: a browser navigating to
 * /graphql names text/html outright, while GraphQL clients name application/json or send
 * nothing. Only an explicit text/html counts, so `Accept: *\/*` (curl) keeps the JSON API.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const q = qualities(accept);
  const html = q.get("text/html") ?? 0;
  const json = q.get("application/json") ?? q.get("application/*") ?? q.get("*/*") ?? 0;
  return html > 0 && html >= json;
}
