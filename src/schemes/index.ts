import { loadScheme } from "../engine/scheme/validate";
import { SchemeDocument } from "../engine/scheme/schema";
import mobileRetention from "./mobile-retention.json";
import broadbandRetention from "./broadband-retention.json";
import capacityDrive from "./capacity-drive.json";
import equipmentDept2015 from "./equipment-dept-2015.json";
import repairDeptGrade from "./repair-dept-grade.json";
import mallReferral from "./mall-referral.json";
import postalClientMaintenance from "./postal-client-maintenance.json";
import equipmentPostWage from "./equipment-post-wage.json";
import carReferral from "./car-referral.json";
import equipmentFloatingBonus from "./equipment-floating-bonus.json";
import rdAssistHourly from "./rd-assist-hourly.json";
import smePayrollCampaign from "./sme-payroll-campaign.json";
import newCustomerDev from "./new-customer-dev.json";
import salesOfficeOldNew from "./sales-office-old-new.json";
import clubReferralCheck from "./club-referral-check.json";
import carLaunchFirst from "./car-launch-first.json";
import carLaunchLadder from "./car-launch-ladder.json";
import carLaunchAdvance from "./car-launch-advance.json";
import carTeamMonthly from "./car-team-monthly.json";
import hotelStaffMarketing from "./hotel-staff-marketing.json";
import dealerExpansionRanking from "./dealer-expansion-ranking.json";

/** Every preset of the catalogue, as scheme documents (data, not code), in catalogue order. */
const DOCUMENTS: unknown[] = [
  mobileRetention,
  broadbandRetention,
  capacityDrive,
  equipmentDept2015,
  repairDeptGrade,
  mallReferral,
  postalClientMaintenance,
  equipmentPostWage,
  carReferral,
  equipmentFloatingBonus,
  rdAssistHourly,
  smePayrollCampaign,
  newCustomerDev,
  salesOfficeOldNew,
  clubReferralCheck,
  carLaunchFirst,
  carLaunchLadder,
  carLaunchAdvance,
  carTeamMonthly,
  hotelStaffMarketing,
  dealerExpansionRanking,
];

const loaded = new Map<string, SchemeDocument>();

/** Ids of all presets, in catalogue order. */
export function presetIds(): string[] {
  return DOCUMENTS.map((d) => (d as { id: string }).id);
}

/** A preset validated and ready to evaluate; throws SchemeError if its document is broken. */
export function getPreset(id: string): SchemeDocument | undefined {
  const hit = loaded.get(id);
  if (hit) return hit;
  const doc = DOCUMENTS.find((d) => (d as { id: string }).id === id);
  if (!doc) return undefined;
  const scheme = loadScheme(doc);
  loaded.set(id, scheme);
  return scheme;
}

export function allPresets(): SchemeDocument[] {
  return presetIds().map((id) => getPreset(id) as SchemeDocument);
}
