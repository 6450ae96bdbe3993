// Writes the JSON Schema of scheme documents for editors (VS Code picks it up through "$schema").
import { writeFileSync } from "fs";
import { join } from "path";
import { schemeJsonSchema } from "../src/engine";

const out = join(__dirname, "..", "src", "schemes", "scheme.schema.json");
writeFileSync(out, `${JSON.stringify(schemeJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
