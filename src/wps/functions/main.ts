// The entry page's functions bundle (index.html loads ribbon.js and functions.js): registers the JILI functions as the
// page loads, as Kingsoft's templates do, before WPS calls the ribbon's OnAddinLoad. Outside WPS, or in a WPS without
// custom functions, `wps.AddCustomFunction` is absent and nothing happens.
import { setWorkbookSchemeSource } from "../../functions/workbookScheme";
import { wpsApplication } from "../host";
import { wpsSettings } from "../settings";
import { registerJiliFunctions, WpsFunctionHost } from "./register";
import { RUN_KEY, savedRunSource } from "./workbookSource";

const { failed } = registerJiliFunctions((globalThis as { wps?: WpsFunctionHost }).wps);
for (const f of failed) console.error(`Jili: WPS refused the function JILI.${f.id}: ${f.error}`);

// JILI.REWARD("workbook", …): the scheme the pane saved in the active workbook's settings sheet
setWorkbookSchemeSource(
  savedRunSource(() => {
    const app = wpsApplication();
    return app ? wpsSettings(app).get(RUN_KEY) : null;
  }),
);
