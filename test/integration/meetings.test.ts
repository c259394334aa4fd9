import { describe, expect, it } from "vitest";
import type { ExtractedMeeting } from "../../src/domain.js";
import { loadPlan, planLoad } from "../../src/ingest/load/index.js";
import { evidence, extraction } from "../helpers/extraction.js";
import { emptyGraphAndApi } from "../helpers/graphAndApi.js";

const graph = emptyGraphAndApi();

const COUNCIL = "HĐND phường Tương Mai";

/** One text reporting one meeting of the ward council on 2025-07-01, and who attended. */
async function report(title: string, attendee: string, hash: string, date = "2025-07-01") {
  const meeting: ExtractedMeeting = {
    key: "m1",
    title,
    kind: "Kỳ họp",
    date,
    organizer: COUNCIL,
    evidence: evidence(title),
  };
  await loadPlan(
    graph.driver,
    planLoad(
      extraction({
        bodies: [
          {
            name: COUNCIL,
            kind: "PEOPLES_COUNCIL",
            level: "COMMUNE",
            province: "thành phố Hà Nội",
            aliases: [],
            evidence: evidence(COUNCIL),
          },
        ],
        people: [{ name: attendee, positions: [], evidence: evidence(attendee) }],
        meetings: [meeting],
        relations: [
          {
            type: "ATTENDED",
            from: { person: attendee },
            to: { meeting: "m1" },
            evidence: evidence(`${attendee} dự ${title}`),
          },
        ],
      }),
      { contentHash: hash.repeat(64) },
    ),
  );
}

const MEETINGS = `{ meetings(where: { date: { eq: "2025-07-01" } }) {
  title attendees { name } organizedBy { name } mentionedIn { id }
} }`;

describe("one session reported by two texts under two titles", () => {
  it("is one meeting, with the attendees both texts name", async () => {
    await report("Kỳ họp thứ nhất HĐND phường Tương Mai nhiệm kỳ 2021-2026", "Võ Xuân Trọng", "a");
    await report(
      "Kỳ họp thứ nhất để Công bố các Quyết định của Thường trực HĐND TP Hà Nội",
      "Phan Thị Kim Thành",
      "b",
    );
    const { body } = await graph.api.post(MEETINGS);
    expect(body.errors).toBeUndefined();
    const meetings = body.data?.meetings as {
      title: string;
      attendees: { name: string }[];
      mentionedIn: unknown[];
    }[];
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.title).toBe("Kỳ họp thứ nhất HĐND phường Tương Mai nhiệm kỳ 2021-2026");
    expect(meetings[0]?.attendees.map((a) => a.name).sort()).toEqual([
      "Phan Thị Kim Thành",
      "Võ Xuân Trọng",
    ]);
    expect(meetings[0]?.mentionedIn).toHaveLength(2);
  });

  it("stays two when the sessions' numbers differ, or their days", async () => {
    await report("Kỳ họp thứ nhất HĐND phường Tương Mai", "Võ Xuân Trọng", "a");
    await report("Kỳ họp thứ hai HĐND phường Tương Mai", "Phan Thị Kim Thành", "b");
    await report("Kỳ họp thứ nhất HĐND phường Tương Mai", "Nguyễn Hải Linh", "c", "2025-07-02");
    const { body } = await graph.api.post(MEETINGS);
    expect((body.data?.meetings as unknown[]).length).toBe(2);
    const { records } = await graph.driver.executeQuery("MATCH (m:Meeting) RETURN count(m) AS n");
    expect(Number(records[0]?.get("n"))).toBe(3);
  });
});
