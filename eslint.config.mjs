import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    // The door to content/: only lib/content/ reads it, so every other lib module gets its tables from
    // there or as arguments. Tests may read content/ to check logic against the real tables.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/content/**", "lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/content(/|$)|(\\.\\./)+content(/|$))",
              message: "lib/ reads content/ only through lib/content/ (see README, Layout); pass tables as arguments.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "out/**",
      "out-*/**",
      "hosting/**",
      "public/org/**",
      ".bench/**",
      "bench-results/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "dist/**",
    ],
  },
];

export default config;
