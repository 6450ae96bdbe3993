import broadbandRetention from "./broadband-retention.json";
import capacityDrive from "./capacity-drive.json";
import equipmentDept2015 from "./equipment-dept-2015.json";
import mallReferral from "./mall-referral.json";
import rdAssistHourly from "./rd-assist-hourly.json";

/** Preset documents authored in batch 1 (see index.ts for the catalogue order). */
export const GROUP_1: unknown[] = [broadbandRetention, capacityDrive, equipmentDept2015, mallReferral, rdAssistHourly];
