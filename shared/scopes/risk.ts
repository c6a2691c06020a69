/**
 * Risk tiers of a scope, lowest first: `identity` (who you are), `read`, `write`, `admin`
 * (can change who has access). The order is what {@link highestRisk} and the consent page use.
 */
export const RISK_TIERS = ['identity', 'read', 'write', 'admin'] as const;

/** One risk tier. */
export type Risk = (typeof RISK_TIERS)[number];

/**
 * Rank of a tier in {@link RISK_TIERS} (0 = `identity`, 3 = `admin`).
 *
 * @param risk - a tier
 * @returns its position, higher is riskier
 */
export function riskRank(risk: Risk): number {
  return RISK_TIERS.indexOf(risk);
}

/**
 * Orders two tiers for `Array.prototype.sort`: negative when `a` is less risky than `b`.
 *
 * @param a - first tier
 * @param b - second tier
 * @returns `riskRank(a) - riskRank(b)`
 */
export function compareRisk(a: Risk, b: Risk): number {
  return riskRank(a) - riskRank(b);
}

/**
 * The highest tier among `risks`.
 *
 * @param risks - any number of tiers
 * @returns the riskiest one, or `undefined` when there are none
 */
export function highestRisk(risks: Iterable<Risk>): Risk | undefined {
  let highest: Risk | undefined;
  for (const risk of risks) {
    if (highest === undefined || compareRisk(risk, highest) > 0) highest = risk;
  }
  return highest;
}

/**
 * Type guard for untrusted input (catalog files, API bodies).
 *
 * @param value - anything
 * @returns whether `value` is one of {@link RISK_TIERS}
 */
export function isRisk(value: unknown): value is Risk {
  return typeof value === 'string' && (RISK_TIERS as readonly string[]).includes(value);
}
