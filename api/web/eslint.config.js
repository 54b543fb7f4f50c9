import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["node_modules/", "src/api/schema.d.ts"] },
  js.configs.recommended,
  {
    files: ["src/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.browser },
    rules: {
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrors: "none" }],
      eqeqeq: ["error", "always"],
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[value=/^#\\u002F/]",
          message: "Build page addresses with href() from routes.js instead of writing them out.",
        },
        {
          selector: "TemplateElement[value.raw=/^#\\u002F/]",
          message: "Build page addresses with href() from routes.js instead of writing them out.",
        },
      ],
    },
  },
  {
    files: ["test/**/*.js", "*.js", "*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.node },
  },
];
