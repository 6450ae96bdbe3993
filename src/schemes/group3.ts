/** Preset documents authored in batch 3 (see index.ts for the catalogue order). */
import carReferral from "./car-referral.json";
import newCustomerDev from "./new-customer-dev.json";
import salesOfficeOldNew from "./sales-office-old-new.json";
import clubReferralCheck from "./club-referral-check.json";

export const GROUP_3: unknown[] = [carReferral, newCustomerDev, salesOfficeOldNew, clubReferralCheck];
