import type { CampaignShape } from "./CampaignBuilder.js";

/** A reference campaign generated first, identically whatever the graph's size. */
export interface Anchor extends CampaignShape {
  readonly name: string;
  readonly date: string;
  /** Documents the campaign's law has DOWN to depth 6 over IMPLEMENTS (itself included). */
  readonly chainSize: number;
}

function anchor(name: string, date: string, shape: CampaignShape): Anchor {
  const circulars = shape.decrees * shape.circularsPerDecree;
  const provinces = circulars * shape.provinces;
  const departments = provinces * shape.departmentsPerProvince;
  const chainSize =
    1 +
    shape.decrees +
    circulars +
    2 * provinces +
    departments +
    departments * shape.communesPerDepartment;
  return { name, date, chainSize, ...shape };
}

/**
 * Benchmarks and scale tests start from these: each is a law whose implementation
 * chain goes exactly six levels down (law → decree → circular → provincial decision →
 * provincial plan → department plan → commune plans), with a fixed number of nodes,
 * so latency can be compared at 10k, 100k and 1M documents for the same answer.
 * Nothing generated later implements them, so their chains do not grow with the graph.
 */
export const ANCHORS: readonly Anchor[] = [
  anchor("small", "2025-08-04", {
    decrees: 1,
    circularsPerDecree: 1,
    provinces: 2,
    departmentsPerProvince: 2,
    communesPerDepartment: 10,
    cycles: true,
  }),
  anchor("medium", "2025-08-11", {
    decrees: 1,
    circularsPerDecree: 1,
    provinces: 4,
    departmentsPerProvince: 3,
    communesPerDepartment: 16,
    cycles: false,
  }),
  anchor("large", "2025-08-18", {
    decrees: 2,
    circularsPerDecree: 1,
    provinces: 5,
    departmentsPerProvince: 4,
    communesPerDepartment: 24,
    cycles: false,
  }),
];
