import fc from "fast-check";

// Adversarial values for the hostile-input tests: what a script (not our forms) can send to a
// server action or an endpoint.

const HUGE = "x".repeat(1_000_000);

export const hostileStrings = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    HUGE,
    "a".repeat(4_001),
    "\u0000",
    "\uD800", // a lone surrogate
    "\uFEFF\u200B\u202Eevil\u202C", // BOM, zero-width space, right-to-left override
    "e\u0301".repeat(2_000), // combining marks
    "👩‍👩‍👧‍👦".repeat(500),
    "' OR '1'='1' --",
    "'; DROP TABLE \"User\"; --",
    "1; SELECT pg_sleep(10)",
    "$1",
    "%' OR 1=1 --",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "../../../../etc/passwd",
    "__proto__",
    "constructor",
    "NaN",
    "-1",
    "99999999999999999999999",
    "2147483648",
    "1e309",
    "true",
    "null",
    "[object Object]",
    "https://evil.example/\u0000.png",
    "http://127.0.0.1:5432/",
    "data:text/html,<script>alert(1)</script>",
  ),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 64 }),
);

const hostileNumbers = fc.oneof(
  fc.constantFrom(-1, 0, -0, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, NaN, 0.5),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
);

/** Objects whose keys try to reach Object.prototype when merged or copied carelessly. */
const pollutingObjects = fc.constantFrom<Record<string, unknown>>(
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  { constructor: { prototype: { polluted: "yes" } } },
  JSON.parse('{"__proto__": {"toString": "boom", "polluted": "yes"}, "prototype": {"polluted": "yes"}}'),
);

export const hostileScalars = fc.oneof(
  hostileStrings,
  hostileNumbers,
  fc.constantFrom(null, undefined, true, false, new Date(Number.NaN), new Date(8.64e15)),
);

/** Any hostile value: scalars, nulls where objects are expected, arrays, nested and polluting objects. */
export const hostileValues: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileScalars,
    pollutingObjects,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileStrings, tie("value"), { maxKeys: 3 }),
    fc.constant(Array.from({ length: 10_000 }, (_, i) => `id${i}`)),
  ),
})).value;

/**
 * Inputs near a valid one (`base`), so that they get past the first checks: one field replaced by
 * a hostile value, polluting keys added, the whole input replaced, or a field of a FormData.
 */
export function hostileInputs(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(base);
  const oneField = keys.length
    ? fc.tuple(fc.constantFrom(...keys), hostileValues).map(([key, value]) => ({ ...base, [key]: value }))
    : fc.dictionary(hostileStrings, hostileValues, { maxKeys: 3 });
  const polluted = pollutingObjects.map((extra) => Object.assign(JSON.parse(JSON.stringify(extra)), base));
  const asForm = fc.tuple(keys.length ? fc.constantFrom(...keys) : fc.constant("x"), hostileStrings).map(([key, value]) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(base)) if (typeof v === "string") form.append(k, v);
    form.set(key, value);
    form.append("__proto__", "polluted");
    return form;
  });
  return fc.oneof(oneField, oneField, polluted, asForm, hostileValues);
}

/** The seeds of this run: a fixed one (the same inputs in every CI run) and a fresh random one. */
export function seeds(): { seed: number }[] {
  const fixed = Number(process.env.HOSTILE_SEED ?? 20261121);
  return [{ seed: fixed }, { seed: randomSeed }];
}

const randomSeed = Number(process.env.HOSTILE_RANDOM_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`hostile-input: random seed ${randomSeed} (HOSTILE_RANDOM_SEED=${randomSeed} repeats it)`);

export function assertNotPolluted() {
  const probe: Record<string, unknown> = {};
  if (probe.polluted !== undefined || typeof probe.toString !== "function") throw new Error("Object.prototype was polluted");
}
