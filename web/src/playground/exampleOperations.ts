/** One GraphiQL tab: an operation and, when it takes any, its variables as JSON. */
export interface ExampleTab {
  readonly query: string;
  readonly variables?: string;
}

/**
 * The founding article, as a researcher would ask about it: Thông tri 03-TT/QU of Quận
 * ủy Long Biên carries out Nghị định 32/2021/NĐ-CP, which details Nghị quyết
 * 97/2019/QH14, and Gia Thụy ward reviewed it at a hội nghị sơ kết.
 * Each operation opens in its own tab, titled by its operation name.
 */
export function exampleOperations(reviewMeetingId: string | undefined): ExampleTab[] {
  return [
    {
      query: `# Thông tri 03-TT/QU (Quận ủy Long Biên) rests on Nghị định 32/2021/NĐ-CP,
# which details Nghị quyết 97/2019/QH14. Follow it UP to the law.
# Press the ▶ button (or Ctrl-Enter) to run; open "Docs" on the left for every field.
query ChainUpFromThongTri03 {
  implementationChain(document: "03-TT/QU", direction: UP) {
    root { id label title date }
    nodes { id label kind depth bodies }
    edges {
      source
      target
      type
      implementationKind
      evidence { sentence source { title url publishedAt } }
    }
    truncated
  }
}
`,
    },
    {
      query: `# Everything that carried out Nghị quyết 97/2019/QH14, down to the wards.
query ChainDownFromNghiQuyet97 {
  implementationChain(document: "97/2019/QH14", direction: DOWN, maxDepth: 5) {
    nodes { id type label depth date bodies }
    edges { source target type evidence { sentence } }
    truncated
  }
}
`,
    },
    {
      query: `# The neighbourhood of the ward's review meeting: what it reviewed, who organised
# it, who attended. Its id was found with: search(text: "hoi nghi so ket", types: [MEETING])
query ReviewMeetingGraph($focus: ID!) {
  graphView(focus: $focus, depth: 1) {
    focus { id label type }
    nodes { id label type depth }
    edges { source target type data }
    counts { nodesTotal nodesReturned edgesTotal edgesReturned }
  }
}
`,
      variables: JSON.stringify(
        { focus: reviewMeetingId ?? 'a meeting id from search(text: "hoi nghi so ket")' },
        null,
        2,
      ),
    },
    {
      query: `# Search ignores diacritics and reads document codes in any spelling:
# "nghi dinh 32" finds Nghị định 32/2021/NĐ-CP.
query SearchWithoutDiacritics {
  search(text: "nghi dinh 32") { id type label detail score }
}
`,
    },
    {
      query: `# What Quận ủy Long Biên issued and organised, most recent first.
query BodyTimeline {
  bodyTimeline(body: "quan-uy-long-bien") { date type id label title }
}
`,
    },
  ];
}
