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
      query: `# Thông tri 03-TT/QU of Quận ủy Long Biên carries out
# Nghị định 32/2021/NĐ-CP, which details Nghị quyết
# 97/2019/QH14. Follow it UP to the law: press ▶
# (or Ctrl-Enter). The book icon on the left opens
# the docs of every type and field.
query UpFrom03TTQU {
  implementationChain(document: "03-TT/QU", direction: UP) {
    nodes { label depth date bodies }
    edges {
      source
      target
      type
      implementationKind
      evidence {
        sentence
        source { title url publishedAt }
      }
    }
    truncated
  }
}
`,
    },
    {
      query: `# Everything that carried out Nghị quyết 97/2019/QH14,
# down to the ward.
query DownFromNQ97 {
  implementationChain(document: "97/2019/QH14", direction: DOWN) {
    nodes { label type depth date bodies }
    edges { source target type evidence { sentence } }
    truncated
  }
}
`,
    },
    {
      query: `# The ward's review meeting (hội nghị sơ kết): what it
# reviewed, who organised it, who attended. Its id came from
# search(text: "hoi nghi so ket", types: [MEETING]).
query ReviewMeeting($focus: ID!) {
  graphView(focus: $focus, depth: 1) {
    focus { label type }
    nodes { id label type depth }
    edges { source target type data }
    counts { nodesTotal nodesReturned edgesTotal edgesReturned }
  }
}
`,
      variables: JSON.stringify(
        { focus: reviewMeetingId ?? 'an id from search(text: "hoi nghi so ket")' },
        null,
        2,
      ),
    },
    {
      query: `# Search ignores diacritics and reads codes in any
# spelling: "nghi dinh 32" finds Nghị định 32/2021/NĐ-CP.
query SearchNoDiacritics {
  search(text: "nghi dinh 32") { label type detail score id }
}
`,
    },
    {
      query: `# What Quận ủy Long Biên issued and organised,
# most recent first.
query BodyTimeline {
  bodyTimeline(body: "ha-noi/quận-ủy-long-biên") { date type label title id }
}
`,
    },
    {
      query: `# Bodies the district level's end on 2025-06-30
# ended, and who carried them on where the 2025
# reorganisation says (a province's People's
# Committee, a merged ministry).
query EndedBodies {
  bodies(where: { validTo: { eq: "2025-06-30" } }) {
    name validTo
    succeededBy { name }
    succeededByConnection { edges { properties { on basis } } }
  }
}
`,
    },
  ];
}
