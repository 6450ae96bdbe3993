import { z } from "zod";
import { SchemeDocument } from "./schema";

/** JSON Schema (draft 2020-12) of scheme documents, for editors; written to schemes/scheme.schema.json. */
export function schemeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SchemeDocument, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
