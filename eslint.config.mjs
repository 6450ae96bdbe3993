import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "build", "coverage", "examples/out"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // rules are data: nothing may turn text into code
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-syntax": ["error", { selector: "NewExpression[callee.name='Function']", message: "new Function is forbidden" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // plain Node scripts (jest config, the bin launcher)
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      // the engine is pure: no Node built-ins, no Office
      "no-restricted-imports": ["error", { patterns: ["fs", "path", "os", "child_process", "node:*", "office-*", "@microsoft/*"] }],
    },
  },
);
