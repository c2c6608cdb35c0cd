import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-cli/**",
      "dist-bench/**",
      "node_modules/**",
      "bench-data/**",
      "tests/e2e/screenshots/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The core runs in Node, in a worker and in the page: it must never reach for the UI, the DOM or sigma.
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "src/core is framework-free." },
            { group: ["sigma", "sigma/*", "@react-sigma/*"], message: "src/core never draws." },
            {
              group: ["**/ui/**", "**/workers/**", "**/cli/**", "node:*"],
              message: "Dependencies flow into core, never out.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "navigator", "localStorage", "indexedDB", "process"],
    },
  },
);
