import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const TYPED = ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"];

/** What no module of the core may import. */
const CORE_BOUNDS = [
  { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "src/core is framework-free." },
  { group: ["sigma", "sigma/*", "@react-sigma/*"], message: "src/core never draws." },
  { group: ["**/ui/**", "**/workers/**", "**/cli/**", "node:*"], message: "Dependencies flow into core, never out." },
];

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
  // Type-aware rules: recommendedTypeChecked, on the TypeScript of src/ and tests/ only (config, .mjs and the
  // generated/bench output are not parsed with types). It costs about a minute of CPU through projectService (one
  // program for the one tsconfig) and catches what plain lint cannot: a request to the worker whose failure no one
  // hears (no-floating-promises), an async handler where React expects a void one (no-misused-promises), `any`
  // leaking out of `new Array(n)` or an untyped Map, and casts that prove nothing.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TYPED })),
  {
    files: TYPED,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          // node:test's describe/it return promises that the runner itself awaits and reports.
          allowForKnownSafeCalls: [{ from: "package", package: "node:test", name: ["describe", "it", "test"] }],
        },
      ],
      // `async` here marks a function that keeps a Promise-returning contract (a tab lock, a stand-in for the
      // Cache API) when this implementation has nothing to wait for; dropping it would turn a throw into a
      // synchronous one.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Tests read what the code under test produced: parsed JSON, property descriptors, prototype methods. A value of
    // the wrong shape fails the assertion that reads it, so the `any` guards add noise, not safety.
    files: ["tests/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Folders made cast-free: parse, don't cast (type guards, typed tables of readers, branded ids made by one
    // constructor that checks). `as const` stays allowed. The import and the rest of the analysis follow.
    files: [
      "src/core/edit/**/*.ts",
      "src/core/plan/**/*.ts",
      "src/core/project/**/*.ts",
      "src/core/report/**/*.ts",
      "src/core/history/**/*.ts",
      "src/core/model/**/*.ts",
      "src/core/import/**/*.ts",
      "src/core/export/toCsv.ts",
      "src/cli/**/*.ts",
      "src/ui/**/*.{ts,tsx}",
    ],
    rules: { "@typescript-eslint/consistent-type-assertions": ["error", { assertionStyle: "never" }] },
  },
  {
    // The core runs in Node, in a worker and in the page: it must never reach for the UI, the DOM or sigma.
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", { patterns: CORE_BOUNDS }],
      "no-restricted-globals": ["error", "window", "document", "navigator", "localStorage", "indexedDB", "process"],
    },
  },
  {
    // The model is the bottom layer: import, analysis and the rest build on it, never the other way round.
    // (This block repeats the core's bounds because a later block's options replace an earlier one's.)
    files: ["src/core/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...CORE_BOUNDS,
            {
              regex:
                "^\\.\\./(import|analysis|report|plan|edit|export|layout|history|project|collect|names|share|generate)/",
              message: "src/core/model sits below the rest of the core: move what it needs into model.",
            },
          ],
        },
      ],
    },
  },
);
