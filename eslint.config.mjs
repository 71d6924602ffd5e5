import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

/*
 * The layers of ARCHITECTURE.md, kept by the linter. Dependencies point one way:
 *   app -> components -> lib/contract (and lib/query, the domains' actions modules)
 *   app -> lib/{inbox,queues,auth,actions} -> lib/{sync,db} -> lib/afilnet
 * Each entry below names what one room may not import, with the reason in its message.
 */
const layer = (paths, message) => ({ group: paths.flatMap((p) => [`@/${p}`, `**/${p}`]), message });

const SERVER_ROOMS = ["lib/db", "lib/db/**", "lib/afilnet", "lib/afilnet/**", "lib/sync", "lib/sync/**", "lib/start", "lib/env", "lib/log"];
const DOMAIN_INTERNALS = ["lib/auth/**", "lib/actions/**", "lib/inbox/*", "!lib/inbox/*actions", "lib/queues/*", "!lib/queues/*actions"];

const LIB_COMMON = [
  layer(["app", "app/**", "components", "components/**"], "lib/ never imports app/ or components/."),
  layer(["sandbox", "sandbox/**"], "lib/ and sandbox/ share nothing but the HTTP wire."),
];

const rooms = [
  { files: ["lib/**"], patterns: [] },
  {
    files: ["components/**", "lib/query/**"],
    patterns: [
      ...LIB_COMMON.slice(1),
      layer(["app", "app/**"], "Components never depend on routes: pass the action in, or import it from the domain's actions module."),
      layer(SERVER_ROOMS, "Browser code reaches the server through routes and actions only (lib/contract has the shared types)."),
      {
        group: DOMAIN_INTERNALS.map((p) => (p.startsWith("!") ? `!@/${p.slice(1)}` : `@/${p}`)),
        message: "Browser code imports only lib/contract, lib/query and the domains' actions modules.",
      },
    ],
  },
  {
    files: ["lib/contract/**"],
    patterns: [{ regex: "^(@/(?!lib/contract/)|\\.\\./)", message: "lib/contract is browser-safe and imports only itself and zod." }],
  },
  {
    files: ["lib/afilnet/**"],
    patterns: [layer(["lib/db/**", "lib/sync/**", "lib/inbox/**", "lib/queues/**", "lib/auth/**", "lib/actions/**"], "lib/afilnet is the bottom layer.")],
  },
  {
    files: ["lib/db/**"],
    patterns: [layer(["lib/sync/**", "lib/inbox/**", "lib/queues/**", "lib/auth/**", "lib/actions/**", "lib/start"], "lib/db never imports a domain.")],
  },
  {
    files: ["lib/sync/**"],
    patterns: [layer(["lib/inbox/**", "lib/queues/**", "lib/auth/**", "lib/actions/**", "lib/start"], "lib/sync sits below the domains.")],
  },
  {
    files: ["lib/auth/**"],
    patterns: [layer(["lib/inbox/**", "lib/queues/**", "lib/actions/**", "lib/start"], "lib/auth sits below the domains and the wrappers.")],
  },
  {
    files: ["lib/actions/**"],
    patterns: [layer(["lib/inbox/**", "lib/queues/**", "lib/start"], "The wrappers know no domain.")],
  },
  {
    files: ["app/**"],
    patterns: [layer(["lib/db/**", "lib/sync/**", "lib/afilnet/**"], "Routes call the domains (lib/inbox, lib/queues, lib/auth), not the layers below them.")],
  },
  {
    files: ["sandbox/**"],
    patterns: [layer(["lib", "lib/**", "components/**", "app/**"], "The sandbox shares no code with the app: the HTTP wire is their only contract.")],
  },
];

/*
 * What a person reads comes from the catalogs (lib/i18n/messages): a component or page may not
 * render literal words, neither as JSX text nor in an attribute a person reads or hears.
 */
const SPOKEN_ATTRIBUTES = "/^(aria-label|aria-description|aria-valuetext|aria-placeholder|title|placeholder|alt|label)$/";
const spokenLiteral = (selector) => ({
  selector: `JSXAttribute[name.name=${SPOKEN_ATTRIBUTES}] ${selector}`,
  message: "A text a person reads or hears comes from the message catalogs (useTranslations / getTranslations).",
});
const LITERAL_TEXT = {
  files: ["components/**/*.tsx", "app/**/*.tsx"],
  plugins: { i18next },
  rules: {
    "i18next/no-literal-string": ["error", { mode: "jsx-text-only", message: "A text a person reads comes from the message catalogs" }],
    "no-restricted-syntax": [
      "error",
      spokenLiteral("> Literal[value=/\\p{L}/u]"),
      spokenLiteral("> JSXExpressionContainer > Literal[value=/\\p{L}/u]"),
      spokenLiteral("> JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/\\p{L}/u]"),
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // A later entry replaces an earlier one's rule for the same file, so each lib/ room repeats the
  // rules every lib/ file keeps.
  ...rooms.map(({ files, patterns }) => ({
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: files[0].startsWith("lib/") ? [...LIB_COMMON, ...patterns] : patterns },
      ],
    },
  })),
  LITERAL_TEXT,
];

export default config;
