/**
 * office-addin-mock 3 requires office-addin-manifest, which pulls an ES-module-only dependency (strip-bom) that
 * Jest on Node 20 cannot load. The mock only needs the OfficeApp host names from it, so that module is stubbed here.
 */
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import { OfficeMockObject } from "office-addin-mock";

export { OfficeMockObject };
