import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FunctionsMetadata, Translation } from "../../src/functions/metadata/localize";
import zhCN from "../../src/functions/metadata/zh-CN.json";
import { WpsFunctionsJson, wpsFunctionsJson } from "../../src/wps/functions/metadata";

/** The Excel functions' source: the one file both builds generate their metadata from. */
export const FUNCTIONS = join(__dirname, "..", "..", "src", "functions", "functions.ts");

/** The Excel metadata as the Excel build generates it (Microsoft's generator, the call its webpack plugin makes). */
export async function excelMetadata(): Promise<FunctionsMetadata> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS);
  if (generated.errors.length) throw new Error(generated.errors.join("\n"));
  return JSON.parse(generated.metadataJson) as FunctionsMetadata;
}

/** Which exported function of functions.ts Excel calls for each id (the plugin's CustomFunctions.associate calls). */
export async function excelAssociations(): Promise<Record<string, string>> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS);
  return Object.fromEntries(generated.associate.map((a) => [a.id, a.functionName]));
}

/** functions.json for WPS as the WPS build makes it from that metadata. */
export async function wpsMetadata(): Promise<WpsFunctionsJson> {
  return wpsFunctionsJson(await excelMetadata(), zhCN as Translation);
}
