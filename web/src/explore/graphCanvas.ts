import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import dagre from "cytoscape-dagre";
import { graphStylesheet } from "./graphStyle.js";

cytoscape.use(dagre);

export interface GraphCanvas {
  readonly cy: Core;
  /** Draws a new graph around `rootId`, replacing what was there. */
  replace(elements: ElementDefinition[], rootId: string): Promise<void>;
  /** Adds the elements not drawn yet; resolves to how many nodes were new. */
  merge(elements: ElementDefinition[]): Promise<number>;
}

/**
 * The Cytoscape canvas. A layered layout with the law on top and the wards at the bottom:
 * relations point from the implementing document up to the one it carries out, and dagre
 * ranks from "BT" put every edge's target above its source.
 */
export function createGraphCanvas(container: HTMLElement): GraphCanvas {
  const cy = cytoscape({
    container,
    style: graphStylesheet(),
    minZoom: 0.2,
    maxZoom: 1.4,
    boxSelectionEnabled: false,
    selectionType: "single",
  });

  const layout = (animate: boolean) =>
    new Promise<void>((resolve) => {
      const run = cy.layout({
        name: "dagre",
        rankDir: "BT",
        nodeSep: 36,
        rankSep: 80,
        edgeSep: 12,
        nodeDimensionsIncludeLabels: true,
        fit: true,
        padding: 48,
        animate,
        animationDuration: 350,
      } as cytoscape.LayoutOptions);
      run.one("layoutstop", () => resolve());
      run.run();
    });

  return {
    cy,
    async replace(elements, rootId) {
      cy.elements().remove();
      cy.add(elements);
      cy.getElementById(rootId).addClass("root");
      await layout(false);
    },
    async merge(elements) {
      const fresh = elements.filter((item) => {
        const id = item.data.id;
        return id !== undefined && cy.getElementById(id).empty();
      });
      // Nodes first: an edge can only be added once both of its ends exist.
      const nodes = fresh.filter((item) => item.group === "nodes");
      cy.add(nodes);
      cy.add(fresh.filter((item) => item.group === "edges"));
      if (fresh.length > 0) await layout(true);
      return nodes.length;
    },
  };
}
