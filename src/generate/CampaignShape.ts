/** Fixed fan-outs for a reference campaign (see anchors.ts). */
export interface CampaignShape {
  readonly decrees: number;
  readonly circularsPerDecree: number;
  readonly provinces: number;
  readonly departmentsPerProvince: number;
  readonly communesPerDepartment: number;
  /** Adds one IMPLEMENTS back to a commune plan (a cycle) and two mutual citations. */
  readonly cycles: boolean;
}
