import fc from "fast-check";

/*
 * Values no action or route of the app may take, whatever the field: they must be refused
 * with a sentence, never reach the database, never answer 500. Strings an attacker would try
 * (NUL, long, unicode, bidi, markup) and numbers past int4.
 */
const NUL = fc.string({ maxLength: 20 }).map((text) => `${text}\u0000${text}`);
const huge = fc.oneof(fc.constantFrom(2_147_483_648, 9_007_199_254_740_991, 1e308, -2_147_483_649, -1e308), fc.integer({ min: 2 ** 31, max: 2 ** 52 }));
const deep = fc.integer({ min: 9, max: 60 }).map((depth) => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { next: value };
  return value;
});
const tooLong = fc.constantFrom("x".repeat(100_001), "é".repeat(100_001));

/** Refused by the shared guard, whatever the field's own schema says. */
export const alwaysRefused = fc.oneof(NUL, huge, deep, tooLong);

/** Text for query strings: what a browser would never send, and what a person might. */
export const queryText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  NUL,
  fc.constantFrom("2147483648", "-1", "0", "1e309", "NaN", "99999999999999999999", "-2147483649", "1.5", "0x10", " 7 "),
  fc.constantFrom("\u202Egnp.exe", "<script>alert(1)</script>", "' or 1=1 --", "%", "_", "\\", "../../etc/passwd"),
  fc.integer({ min: 2_100, max: 4_000 }).map((length) => "q".repeat(length)),
  // Cursors this server never gave out: times Postgres cannot take, ids past int4.
  fc.constantFrom("253402300800000.5", "1700000000000.2147483648", "-62167219200001.1", "8640000000000000.1").map((text) => Buffer.from(text).toString("base64url")),
);

/** A value of another JSON type than `sample`'s, so that no schema accepting `sample` can accept it. */
export function otherType(sample: unknown): fc.Arbitrary<unknown> {
  const all: [string, fc.Arbitrary<unknown>][] = [
    ["string", fc.string({ maxLength: 10 })],
    ["number", fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))],
    ["boolean", fc.boolean()],
    ["array", fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 })],
    ["object", fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })],
  ];
  const kind = Array.isArray(sample) ? "array" : sample === null ? "null" : typeof sample;
  return fc.oneof(...all.filter(([name]) => name !== kind).map(([, arbitrary]) => arbitrary));
}

/**
 * Inputs derived from an input the action refuses anyway: one field replaced by a value of
 * another type or by an always-refused one, hostile extra fields, or another shape entirely.
 * None can be accepted, so none may change the database.
 */
export function poisoned(base: unknown): fc.Arbitrary<unknown> {
  const wholes = fc.oneof(alwaysRefused, otherType(base), fc.constantFrom(null, [], [base], [[[[base]]]]));
  if (!base || typeof base !== "object" || Array.isArray(base)) return wholes;
  const record = base as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 0) return fc.oneof(wholes, alwaysRefused.map((value) => ({ extra: value })));
  const replaced = fc
    .constantFrom(...keys)
    .chain((key) => fc.oneof(otherType(record[key]), alwaysRefused).map((value) => ({ ...record, [key]: value })));
  const missing = fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)));
  const extra = fc.record({ key: fc.string({ maxLength: 8 }), value: fc.jsonValue({ maxDepth: 3 }) }).map(({ key, value }) => ({ ...record, [`x${key}`]: value }));
  return fc.oneof(replaced, replaced, missing, extra, wholes);
}

/** For an action that takes no input: only what no object schema accepts, or the guard refuses. */
export const notAnInput = fc.oneof(
  alwaysRefused,
  alwaysRefused.map((value) => ({ extra: value })),
  fc.constantFrom<unknown>(null, "x", 1, true, [], [{}]),
);
