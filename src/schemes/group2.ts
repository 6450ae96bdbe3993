/** Preset documents authored in batch 2 (see index.ts for the catalogue order). */
import repairDeptGrade from "./repair-dept-grade.json";
import postalClientMaintenance from "./postal-client-maintenance.json";
import equipmentPostWage from "./equipment-post-wage.json";
import equipmentFloatingBonus from "./equipment-floating-bonus.json";
import smePayrollCampaign from "./sme-payroll-campaign.json";

export const GROUP_2: unknown[] = [repairDeptGrade, postalClientMaintenance, equipmentPostWage, equipmentFloatingBonus, smePayrollCampaign];
