import { fetchGraphQL } from "../shared/fetchGraphQL.js";

const FIND_MEETING = `query FindReviewMeeting {
  search(text: "hoi nghi so ket", types: [MEETING], limit: 1) { id }
}`;

/**
 * The id of the founding article's review meeting, so its example opens ready to run.
 * Undefined when the graph holds no such meeting or the API cannot be reached: the
 * example then says where the id comes from.
 */
export async function findReviewMeeting(): Promise<string | undefined> {
  try {
    const data = await fetchGraphQL<{ search: { id: string }[] }>(FIND_MEETING);
    return data.search[0]?.id;
  } catch {
    return undefined;
  }
}
