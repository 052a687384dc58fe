import { DomainError } from "../core";

/**
 * Altman's bankruptcy-prediction scores from a firm's financial statements:
 * X1 = working capital / TA, X2 = retained earnings / TA, X3 = EBIT / TA, X4 = equity / total
 * liabilities, X5 = sales / TA (TA = total assets).
 */

/** "Z" listed manufacturers (market equity), "Z1" Z′ private firms (book equity), "Z2" Z″ non-manufacturers. */
export type AltmanModel = "Z" | "Z1" | "Z2";

export const DEFAULT_ALTMAN_MODEL: AltmanModel = "Z1";

export interface AltmanModelSpec {
  /** The model's usual name: Z, Z′ or Z″. */
  readonly label: string;
  /** Weights of X1…X5 (Z″ gives X5 weight 0: sales are unused). */
  readonly weights: readonly [number, number, number, number, number];
  /** Scores below this are in the distress zone. */
  readonly distressBelow: number;
  /** Scores above this are in the safe zone; from distressBelow to safeAbove inclusive is grey. */
  readonly safeAbove: number;
  readonly usesSales: boolean;
}

/** Altman's published coefficients and zone cut-offs. */
export const ALTMAN_MODELS: Readonly<Record<AltmanModel, AltmanModelSpec>> = {
  Z: { label: "Z", weights: [1.2, 1.4, 3.3, 0.6, 1.0], distressBelow: 1.81, safeAbove: 2.99, usesSales: true },
  Z1: { label: "Z′", weights: [0.717, 0.847, 3.107, 0.42, 0.998], distressBelow: 1.23, safeAbove: 2.9, usesSales: true },
  Z2: { label: "Z″", weights: [6.56, 3.26, 6.72, 1.05, 0], distressBelow: 1.1, safeAbove: 2.6, usesSales: false },
};

/** A firm's figures, in any one unit (the ratios do not depend on it). */
export interface AltmanInputs {
  readonly workingCapital: number;
  readonly retainedEarnings: number;
  readonly ebit: number;
  /** Market value of equity for model Z, book equity for Z1 and Z2. */
  readonly equity: number;
  /** Unused by Z2. */
  readonly sales: number;
  readonly totalAssets: number;
  readonly totalLiabilities: number;
}

/**
 * Reads a model name: Z, Z1 or Z′ (also Z'), Z2 or Z″ (also Z''), any case; null when unknown.
 *
 * @example
 * parseAltmanModel("z''") //=> "Z2"
 */
export function parseAltmanModel(text: string): AltmanModel | null {
  // Primes as typed: ' and ’ (Word's autocorrect) for ′; '' and ” for ″.
  const key = text.trim().toUpperCase().replace(/[\u2032\u2019']/g, "′").replace("′′", "″").replace("\u201d", "″");
  const names: Record<string, AltmanModel> = { Z: "Z", Z1: "Z1", "Z′": "Z1", Z2: "Z2", "Z″": "Z2" };
  return names[key] ?? null;
}

/**
 * The five ratios X1…X5. Throws when total assets are not above 0 or total liabilities are not above 0.
 *
 * @example
 * altmanRatios({ workingCapital: 20, retainedEarnings: 30, ebit: 10, equity: 60, sales: 150, totalAssets: 100, totalLiabilities: 40 })
 * //=> [0.2, 0.3, 0.1, 1.5, 1.5]
 */
export function altmanRatios(f: AltmanInputs, model: AltmanModel = DEFAULT_ALTMAN_MODEL): [number, number, number, number, number] {
  if (!(f.totalAssets > 0)) throw new DomainError("credit.zscore.totalAssetsNotPositive", { text: String(f.totalAssets) });
  if (!(f.totalLiabilities > 0)) throw new DomainError("credit.zscore.totalLiabilitiesNotPositive", { model, text: String(f.totalLiabilities) });
  const ta = f.totalAssets;
  return [f.workingCapital / ta, f.retainedEarnings / ta, f.ebit / ta, f.equity / f.totalLiabilities, ALTMAN_MODELS[model].usesSales ? f.sales / ta : 0];
}

/**
 * The Altman score of `model` (default Z1, Z′): the weighted sum of the ratios, as the decimal Excel
 * shows it (15 significant digits). In binary 1.69 + 0.12 is 1.8099999999999998, which would put a
 * firm exactly on Z's 1.81 cut-off into distress; the 15-digit value is 1.81, as on paper. Throws,
 * naming the ratio, when the figures are so far apart that the score is not a finite number.
 *
 * @example
 * altmanZScore({ workingCapital: 20, retainedEarnings: 30, ebit: 10, equity: 60, sales: 150, totalAssets: 100, totalLiabilities: 40 }, "Z")
 * //=> 3.39 (1.2·0.2 + 1.4·0.3 + 3.3·0.1 + 0.6·1.5 + 1.0·1.5 = 0.24 + 0.42 + 0.33 + 0.9 + 1.5)
 */
export function altmanZScore(f: AltmanInputs, model: AltmanModel = DEFAULT_ALTMAN_MODEL): number {
  const x = altmanRatios(f, model);
  const w = ALTMAN_MODELS[model].weights;
  const score = w[0] * x[0] + w[1] * x[1] + w[2] * x[2] + w[3] * x[3] + w[4] * x[4];
  if (!Number.isFinite(score)) throw notFinite(x, w);
  return shownAsExcel(score);
}

/** The figures of each ratio X1…X5, as the formula's arguments name them. */
const RATIO_FIGURES = [
  ["working_capital", "total_assets"],
  ["retained_earnings", "total_assets"],
  ["ebit", "total_assets"],
  ["equity", "total_liabilities"],
  ["sales", "total_assets"],
] as const;

/**
 * Figures so far apart in size that a ratio, or the weighted sum, overflows a double (1e300 / 1e-300):
 * the error names the first ratio that is not finite, else the term that weighs most.
 */
function notFinite(ratios: readonly number[], weights: readonly number[]): DomainError {
  let at = ratios.findIndex((x) => !Number.isFinite(x));
  if (at < 0) at = ratios.reduce((best, x, i) => (Math.abs(weights[i] * x) > Math.abs(weights[best] * ratios[best]) ? i : best), 0);
  const [numerator, denominator] = RATIO_FIGURES[at];
  return new DomainError("credit.zscore.ratioNotFinite", { numerator, denominator, value: String(ratios[at]) });
}

/** A double rounded to the 15 significant digits Excel shows (and compares on). */
function shownAsExcel(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(15));
}

export type AltmanZone = "distress" | "grey" | "safe";

/**
 * The zone of a score: distress below the lower cut-off, safe above the upper one, grey between them
 * (both cut-offs included in grey). Z 1.81 / 2.99, Z′ 1.23 / 2.90, Z″ 1.10 / 2.60.
 *
 * @example
 * altmanZone(2.99, "Z") //=> "grey"
 */
export function altmanZone(score: number, model: AltmanModel = DEFAULT_ALTMAN_MODEL): AltmanZone {
  const spec = ALTMAN_MODELS[model];
  if (score < spec.distressBelow) return "distress";
  return score > spec.safeAbove ? "safe" : "grey";
}
