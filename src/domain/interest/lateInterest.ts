import { divideRounded, DomainError, edate, Minor, Serial, ymdToSerial } from "../core";
import { Jurisdiction, rateOn, RateBook, RateLookup, SHIPPED_RATES } from "./rates";
import { RateSeries } from "./rateTypes";
import { halfYearOf, statutoryMargin, statutoryRule, ukReferenceDate } from "./regimes";

/** How the interest is charged: a statutory regime, or a fixed annual rate agreed in the contract. */
export type InterestRegime =
  | { readonly kind: "statutory"; readonly jurisdiction: Jurisdiction; readonly b2c?: boolean }
  | { readonly kind: "fixed"; readonly annualRate: number };

export interface DatedAmount {
  readonly date: Serial;
  readonly amount: Minor;
}

/** One late invoice: interest runs on `principal` for the days after `dueDate` up to and including `endDate`. */
export interface InterestClaim {
  readonly principal: Minor;
  readonly dueDate: Serial;
  readonly endDate: Serial;
  readonly regime: InterestRegime;
  /** Partial payments (any order); those after endDate are ignored. */
  readonly payments?: readonly DatedAmount[];
}

/** A stretch of days at one rate on one principal; both ends inclusive. */
export interface InterestSegment {
  readonly from: Serial;
  readonly to: Serial;
  readonly days: number;
  /** The annual rate as a fraction (0.1127 for 11.27%). */
  readonly annualRate: number;
  readonly principal: Minor;
  /** principal × rate × days / 365, rounded to the cent half away from zero. */
  readonly interest: Minor;
  /** The reference rate used, with its source; null for a fixed contractual rate. */
  readonly reference: RateLookup | null;
  /** The statutory margin in millionths (8 points = 80,000); null for a fixed rate. */
  readonly margin: number | null;
}

/** How a payment was applied: interest accrued up to its day first, then principal. */
export interface AppliedPayment {
  readonly date: Serial;
  readonly amount: Minor;
  readonly toInterest: Minor;
  readonly toPrincipal: Minor;
  /** What was paid beyond the whole debt. */
  readonly excess: Minor;
}

/** Unpaid interest added to the principal at the end of a full year of delay (NL). */
export interface Capitalisation {
  readonly date: Serial;
  readonly amount: Minor;
}

/** Why a figure needs a second look: a rate marked unconfirmed, or a date past the known rates. */
export interface RateNote {
  readonly kind: "unconfirmed" | "beyondKnown";
  readonly lookup: RateLookup;
}

export interface InterestDetail {
  readonly segments: readonly InterestSegment[];
  /** Payments dated up to the end date, in date order, as applied. */
  readonly payments: readonly AppliedPayment[];
  readonly capitalisations: readonly Capitalisation[];
  /** All interest accrued over the period, including what payments settled: the sum of the segments. */
  readonly total: Minor;
  /** Days interest ran (the segments' days). */
  readonly days: number;
  /** Principal still owed at the end date (NL: with capitalised interest). */
  readonly principalLeft: Minor;
  /** Interest accrued and not settled by payments (nor capitalised) at the end date. */
  readonly interestUnpaid: Minor;
  readonly notes: readonly RateNote[];
}

/** A rate as an exact fraction num / den (den a power of ten), so interest is integer arithmetic. */
interface ExactRate {
  readonly num: number;
  readonly den: number;
  readonly scale: number;
}

const MICRO: ExactRate = { num: 0, den: 1_000_000, scale: 6 };

/**
 * A contractual annual rate as the exact decimal Excel shows (15 significant digits).
 *
 * @example
 * exactRate(0.0875) //=> { num: 875, den: 10000, scale: 4 }
 */
function exactRate(rate: number): ExactRate {
  if (rate === 0) return { num: 0, den: 1, scale: 0 };
  const [mantissa, exp] = Math.abs(rate).toExponential(14).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "");
  const scale = digits.length - 1 - Number(exp);
  const num = (rate < 0 ? -1 : 1) * Number(digits) * (scale < 0 ? 10 ** -scale : 1);
  return { num, den: scale > 0 ? 10 ** scale : 1, scale: Math.max(0, scale) };
}

/** principal × num/den × days / 365, rounded half away from zero; exact (BigInt past 2^53). */
function segmentInterest(principal: Minor, num: number, rate: ExactRate, days: number): Minor {
  const n = principal * num * days;
  const d = rate.den * 365;
  if (Math.abs(n) <= Number.MAX_SAFE_INTEGER && d <= Number.MAX_SAFE_INTEGER) return divideRounded(n, d);
  const big = BigInt(principal) * BigInt(num) * BigInt(days);
  const den = 10n ** BigInt(rate.scale) * 365n;
  const abs = big < 0n ? -big : big;
  const rounded = (2n * abs + den) / (2n * den);
  return Number(big < 0n ? -rounded : rounded);
}

// Half-year starts from 1900 to 2200, so a segment's half-year is found without date arithmetic.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
let halfYearStarts: Int32Array | null = null;

function halfYearTable(): Int32Array {
  if (halfYearStarts) return halfYearStarts;
  const t = new Int32Array((LAST_YEAR - FIRST_YEAR + 1) * 2 + 1);
  for (let y = FIRST_YEAR, k = 0; y <= LAST_YEAR; y++) {
    t[k++] = ymdToSerial(y, 1, 1);
    t[k++] = ymdToSerial(y, 7, 1);
  }
  t[t.length - 1] = ymdToSerial(LAST_YEAR + 1, 1, 1);
  return (halfYearStarts = t);
}

// Scratch of halfYearAt, so that the loop over a million invoices allocates nothing per segment.
let hyStart = 0;
let hyNext = 0;

function halfYearAt(serial: Serial): void {
  const t = halfYearTable();
  if (serial < t[0] || serial >= t[t.length - 1]) {
    const h = halfYearOf(serial);
    hyStart = h.start;
    hyNext = h.next;
    return;
  }
  let k = Math.min(t.length - 2, Math.max(0, Math.floor((serial - t[0]) / 182.62)));
  while (t[k] > serial) k--;
  while (t[k + 1] <= serial) k++;
  hyStart = t[k];
  hyNext = t[k + 1];
}

const lookups = new WeakMap<RateSeries, Map<Serial, RateLookup>>();

/** rateOn, remembered per series and date (a million invoices share a few dozen half-years). */
function cachedRate(series: RateSeries, date: Serial): RateLookup {
  let cache = lookups.get(series);
  if (!cache) lookups.set(series, (cache = new Map()));
  let hit = cache.get(date);
  if (!hit) {
    hit = rateOn(series, date);
    cache.set(date, hit);
  }
  return hit;
}

/** Where the walk reports what it finds, when the detail is wanted. */
interface Collector {
  readonly segments: InterestSegment[];
  readonly payments: AppliedPayment[];
  readonly capitalisations: Capitalisation[];
}

// The walk's results, in module scratch so that the total-only path allocates nothing.
let outTotal = 0;
let outDays = 0;
let outPrincipal = 0;
let outUnpaid = 0;

function sortedPayments(payments: readonly DatedAmount[] | undefined): readonly DatedAmount[] {
  if (!payments || payments.length === 0) return EMPTY;
  for (let i = 0; i < payments.length; i++) {
    const a = payments[i].amount;
    if (!(a >= 0) || !Number.isInteger(a)) throw new DomainError("interest.negativePayment", { row: i + 1, text: String(a / 100) });
  }
  for (let i = 1; i < payments.length; i++) {
    if (payments[i].date < payments[i - 1].date) return [...payments].sort((x, y) => x.date - y.date);
  }
  return payments;
}

const EMPTY: readonly DatedAmount[] = [];

/**
 * The walk over the days of delay: segments split at each half-year (statutory regimes but the UK),
 * after each payment day and, for NL, after each full year of delay. Each segment is rounded to the
 * cent; a payment settles the interest accrued up to its day, then principal.
 */
function walk(claim: InterestClaim, book: RateBook, out: Collector | null): void {
  const { dueDate, endDate, regime } = claim;
  let principal = claim.principal;
  if (!(principal >= 0) || !Number.isInteger(principal)) throw new DomainError("interest.negativeAmount", { text: String(principal / 100) });
  const pays = sortedPayments(claim.payments);
  let unpaid = 0;
  let total = 0;
  let days = 0;
  let k = 0;
  const apply = (p: DatedAmount) => {
    const toInterest = Math.min(p.amount, unpaid);
    unpaid -= toInterest;
    const toPrincipal = Math.min(p.amount - toInterest, principal);
    principal -= toPrincipal;
    out?.payments.push({ date: p.date, amount: p.amount, toInterest, toPrincipal, excess: p.amount - toInterest - toPrincipal });
  };
  const start = dueDate + 1;
  // Payments up to the due date reduce the principal before any interest runs.
  while (k < pays.length && pays[k].date < start && pays[k].date <= endDate) apply(pays[k++]);

  let series: RateSeries | null = null;
  let margin = 0;
  let halfYears = false;
  let capitalises = false;
  let fixedLookup: RateLookup | null = null;
  let rate = MICRO;
  if (regime.kind === "statutory") {
    const rule = statutoryRule(regime.jurisdiction);
    series = book.series[regime.jurisdiction];
    margin = statutoryMargin(regime.jurisdiction, dueDate, regime.b2c === true);
    halfYears = rule.scheme === "halfYear";
    capitalises = rule.capitalises;
    if (!halfYears && endDate >= start) fixedLookup = rateOn(series, ukReferenceDate(dueDate));
  } else {
    rate = exactRate(regime.annualRate);
  }
  let years = 1;
  let nextCapital = capitalises ? edate(dueDate, 12) : Infinity;

  for (let cursor = start; cursor <= endDate && principal > 0; ) {
    let to = endDate;
    let lookup: RateLookup | null = null;
    let num = rate.num;
    if (series) {
      if (halfYears) {
        halfYearAt(cursor);
        if (hyNext - 1 < to) to = hyNext - 1;
        lookup = cachedRate(series, hyStart);
      } else lookup = fixedLookup!;
      num = lookup.entry.micro + margin;
    }
    if (k < pays.length && pays[k].date < to) to = pays[k].date;
    if (nextCapital < to) to = nextCapital;
    const d = to - cursor + 1;
    const interest = segmentInterest(principal, num, rate, d);
    total += interest;
    unpaid += interest;
    days += d;
    out?.segments.push({ from: cursor, to, days: d, annualRate: num / rate.den, principal, interest, reference: lookup, margin: series ? margin : null });
    while (k < pays.length && pays[k].date === to) apply(pays[k++]);
    if (to === nextCapital) {
      if (unpaid > 0) {
        out?.capitalisations.push({ date: to, amount: unpaid });
        principal += unpaid;
        unpaid = 0;
      }
      years++;
      nextCapital = edate(dueDate, 12 * years);
    }
    cursor = to + 1;
  }
  // Payments after the debt was paid off, up to the end date, are recorded as excess.
  while (k < pays.length && pays[k].date <= endDate) apply(pays[k++]);
  outTotal = total;
  outDays = days;
  outPrincipal = principal;
  outUnpaid = unpaid;
}

/**
 * The late-payment interest on one invoice: the sum of its rounded segments, with `book`'s rates
 * (the shipped ones by default). 0 when the end date is not after the due date.
 *
 * @example
 * // DE, B2B: 10,000.00 due 31 May 2025, to 31 July 2025 → 92.63 + 87.22
 * lateInterestTotal({ principal: 1_000_000, dueDate: 45808, endDate: 45869, regime: { kind: "statutory", jurisdiction: "DE" } }) //=> 17985
 */
export function lateInterestTotal(claim: InterestClaim, book: RateBook = SHIPPED_RATES): Minor {
  walk(claim, book, null);
  return outTotal;
}

/**
 * The calculation behind lateInterestTotal, segment by segment, with how each payment was applied,
 * the NL capitalisations and a note for every unconfirmed rate and every date past the known rates.
 *
 * @example
 * lateInterest({ principal: 1_000_000, dueDate: 45808, endDate: 45869, regime: { kind: "statutory", jurisdiction: "DE" } }).segments.map((s) => s.interest)
 * //=> [9263, 8722]
 */
export function lateInterest(claim: InterestClaim, book: RateBook = SHIPPED_RATES): InterestDetail {
  const out: Collector = { segments: [], payments: [], capitalisations: [] };
  walk(claim, book, out);
  return {
    segments: out.segments,
    payments: out.payments,
    capitalisations: out.capitalisations,
    total: outTotal,
    days: outDays,
    principalLeft: outPrincipal,
    interestUnpaid: outUnpaid,
    notes: notesOf(out.segments),
  };
}

/** One note per unconfirmed rate entry and per reference date past the known rates, in segment order. */
function notesOf(segments: readonly InterestSegment[]): RateNote[] {
  const seen = new Set<string>();
  const notes: RateNote[] = [];
  for (const s of segments) {
    const r = s.reference;
    if (!r) continue;
    const unconfirmed = `u ${r.series} ${r.entry.from}`;
    if (r.entry.confidence === "unconfirmed" && !seen.has(unconfirmed)) {
      seen.add(unconfirmed);
      notes.push({ kind: "unconfirmed", lookup: r });
    }
    const beyond = `b ${r.series} ${r.date}`;
    if (r.beyondKnown && !seen.has(beyond)) {
      seen.add(beyond);
      notes.push({ kind: "beyondKnown", lookup: r });
    }
  }
  return notes;
}

/** The contractual rate as the exact fraction used, for a check before a claim is built: finite, 0 ≤ rate < 1. */
export function isContractualRate(rate: number): boolean {
  return Number.isFinite(rate) && rate >= 0 && rate < 1;
}

