import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "../shared/fonts.css";
import "./playground.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { exampleOperations } from "./exampleOperations.js";
import { findReviewMeeting } from "./findReviewMeeting.js";

const container = document.getElementById("graphiql");
if (!container) throw new Error("the playground page has no #graphiql element");

const root = createRoot(container);
const fetcher = createGraphiQLFetcher({ url: "/graphql" });

void findReviewMeeting().then((reviewMeetingId) =>
  root.render(
    createElement(
      GraphiQL,
      {
        fetcher,
        defaultTabs: exampleOperations(reviewMeetingId),
        defaultEditorToolsVisibility: true,
        // The docs take a third of the width: open them where the editors still have room.
        ...(window.innerWidth >= 1600 ? { visiblePlugin: "Documentation Explorer" } : {}),
      },
      createElement(
        GraphiQL.Logo,
        null,
        createElement("a", { href: "/explore", title: "Open the graph explorer" }, "govgraph"),
      ),
    ),
  ),
);
