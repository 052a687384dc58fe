import { CellInput, DateSystem, isBlank, parseDateColumn, Problem, roundToScaledInteger, serialToIso } from "../core";
import { Jurisdiction, RateOverride, toJurisdiction } from "./rates";

/** The name of the workbook table whose rows override or extend the shipped rates. */
export const RATE_TABLE_NAME = "AR_Rates";

/** A bad cell (or a bad header) of the AR_Rates table: `index` is the 0-based row in the values read. */
export interface RateTableProblem {
  readonly index: number;
  /** 0-based column of the cell to blame; null for the header as a whole. */
  readonly column: number | null;
  readonly problem: Problem;
}

export interface RateTableRead {
  readonly overrides: readonly RateOverride[];
  /** Every problem, in row order; a table with any problem must not be used. */
  readonly problems: readonly RateTableProblem[];
}

const HEADERS: Readonly<Record<"jurisdiction" | "from" | "rate", readonly string[]>> = {
  jurisdiction: ["jurisdiction", "country"],
  from: ["from", "valid from", "valid_from", "date"],
  rate: ["rate", "reference rate", "reference_rate"],
};

const normal = (cell: CellInput) => (typeof cell === "string" ? cell.trim().toLowerCase().replace(/\s+/g, " ") : "");

/**
 * Reads the AR_Rates table: a header row with `jurisdiction`, `from` and `rate` (any order, any case;
 * other columns ignored), then one row per reference rate: a jurisdiction (EU, DE, IT, FR, NL, UK or
 * GB), the date it applies from, and the reference rate WITHOUT the statutory margin as the number
 * Excel holds for a percentage (2.15% or 0.0215, at most four decimals of a percent). Blank rows are
 * skipped. Each jurisdiction's dates must go up, each date once. Row numbers count the header as 1.
 *
 * @example
 * readRateTable([["jurisdiction", "from", "rate"], ["DE", 46204, 0.01]]).overrides
 * //=> [{ jurisdiction: "DE", from: 46204, micro: 10000, row: 2 }]
 */
export function readRateTable(values: readonly (readonly CellInput[])[], dateSystem: DateSystem = 1900): RateTableRead {
  const header = values[0] ?? [];
  const column = (field: keyof typeof HEADERS) => header.findIndex((h) => HEADERS[field].includes(normal(h)));
  const at = { jurisdiction: column("jurisdiction"), from: column("from"), rate: column("rate") };
  const missing = (Object.keys(at) as (keyof typeof at)[]).filter((f) => at[f] < 0);
  if (missing.length > 0) return { overrides: [], problems: [{ index: 0, column: null, problem: { code: "interest.rates.missingColumns", params: { columns: missing.join(", ") } } }] };

  const body = values.slice(1);
  const dates = parseDateColumn(body.map((r) => r[at.from]), dateSystem);
  const dateProblem = new Map(dates.errors.map((e) => [e.index, e.problem]));
  const problems: RateTableProblem[] = [];
  const overrides: RateOverride[] = [];
  const last = new Map<Jurisdiction, RateOverride>();
  body.forEach((row, i) => {
    const index = i + 1;
    const cells = [row[at.jurisdiction], row[at.from], row[at.rate]];
    if (cells.every((c) => isBlank(c))) return;
    const bad = (col: number, problem: Problem) => problems.push({ index, column: col, problem });
    const jurisdictionCell = cells[0];
    const jurisdiction = typeof jurisdictionCell === "string" ? toJurisdiction(jurisdictionCell) : null;
    if (isBlank(jurisdictionCell)) return bad(at.jurisdiction, { code: "interest.rates.blank", params: { column: "jurisdiction" } });
    if (!jurisdiction) return bad(at.jurisdiction, { code: "interest.rates.badJurisdiction", params: { text: String(jurisdictionCell) } });
    if (isBlank(cells[1])) return bad(at.from, { code: "interest.rates.blank", params: { column: "from" } });
    const fromProblem = dateProblem.get(i);
    if (fromProblem) return bad(at.from, fromProblem);
    const rateProblem = rateCellProblem(cells[2]);
    if (rateProblem) return bad(at.rate, rateProblem);
    const override: RateOverride = { jurisdiction, from: dates.values[i], micro: roundToScaledInteger(cells[2] as number, 6), row: index + 1 };
    const previous = last.get(jurisdiction);
    if (previous && override.from === previous.from) {
      return bad(at.from, { code: "interest.rates.overlap", params: { jurisdiction, date: serialToIso(override.from), other: previous.row } });
    }
    if (previous && override.from < previous.from) {
      return bad(at.from, { code: "interest.rates.unsorted", params: { jurisdiction, date: serialToIso(override.from), other: previous.row, otherDate: serialToIso(previous.from) } });
    }
    last.set(jurisdiction, override);
    overrides.push(override);
  });
  return { overrides, problems };
}

/** What is wrong with a rate cell, or null: a number, below 100% in size, at most four decimals of a percent. */
function rateCellProblem(cell: CellInput): Problem | null {
  if (isBlank(cell)) return { code: "interest.rates.blank", params: { column: "rate" } };
  if (typeof cell === "string") return { code: "interest.rates.textRate", params: { text: cell.trim() } };
  if (typeof cell !== "number" || !Number.isFinite(cell)) return { code: "interest.rates.notANumber", params: { text: String(cell) } };
  if (Math.abs(cell) >= 1) return { code: "interest.rates.looksLikePercent", params: { text: String(cell), percent: String(Number((cell * 100).toPrecision(15))) } };
  const micro = roundToScaledInteger(cell, 6);
  if (micro / 1_000_000 !== Number(cell.toPrecision(15))) return { code: "interest.rates.tooPrecise", params: { text: String(cell) } };
  return null;
}
