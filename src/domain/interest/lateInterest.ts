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

// Bound once: a call through the core's re-exports costs a property lookup each time, a million times over.
const divide = divideRounded;
const addMonths = edate;

const MICRO: ExactRate = { num: 0, den: 1_000_000, scale: 6 };

/**
 * A contractual annual rate as the exact decimal Excel shows (15 significant digits): 0.0875 gives
 * `{ num: 875, den: 10000, scale: 4 }` (private to this module, so not an @example, which runs
 * only exports).
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
  if (n >= 0 && n <= Number.MAX_SAFE_INTEGER && d <= Number.MAX_SAFE_INTEGER) {
    // Integers below 2^53: the quotient's floor, corrected by the exact remainder, then half up.
    let q = Math.floor(n / d);
    let r = n - q * d;
    if (r < 0) {
      q--;
      r += d;
    } else if (r >= d) {
      q++;
      r -= d;
    }
    return r * 2 >= d ? q + 1 : q;
  }
  if (Math.abs(n) <= Number.MAX_SAFE_INTEGER && d <= Number.MAX_SAFE_INTEGER) return divide(n, d);
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
let hyIndex = -1; // the half-year's index in the table; -1 outside it

function halfYearAt(serial: Serial): void {
  const t = halfYearTable();
  if (serial < t[0] || serial >= t[t.length - 1]) {
    const h = halfYearOf(serial);
    hyStart = h.start;
    hyNext = h.next;
    hyIndex = -1;
    return;
  }
  let k = Math.min(t.length - 2, Math.max(0, Math.floor((serial - t[0]) / 182.62)));
  while (t[k] > serial) k--;
  while (t[k + 1] <= serial) k++;
  hyStart = t[k];
  hyNext = t[k + 1];
  hyIndex = k;
}

const halfYearLookups = new WeakMap<RateSeries, (RateLookup | undefined)[]>();
let lastSeries: RateSeries | null = null;
let lastLookups: (RateLookup | undefined)[] = [];

/** The reference rate of the half-year halfYearAt found, remembered per series (a ledger shares a few dozen). */
function halfYearRate(series: RateSeries): RateLookup {
  if (hyIndex < 0) return rateOn(series, hyStart);
  if (series !== lastSeries) {
    let cache = halfYearLookups.get(series);
    if (!cache) halfYearLookups.set(series, (cache = []));
    lastSeries = series;
    lastLookups = cache;
  }
  return (lastLookups[hyIndex] ??= rateOn(series, hyStart));
}

const referenceLookups = new WeakMap<RateSeries, (RateLookup | undefined)[]>();

/**
 * The UK reference rate of a debt: the rate in force on the last day of the half-year before the one
 * it became late in (ukReferenceDate), remembered per series and half-year.
 */
function referenceDateRate(series: RateSeries, dueDate: Serial): RateLookup {
  halfYearAt(dueDate + 1);
  if (hyIndex < 0) return rateOn(series, ukReferenceDate(dueDate));
  let cache = referenceLookups.get(series);
  if (!cache) referenceLookups.set(series, (cache = []));
  // The day before 1 January or 1 July is 31 December or 30 June: the reference date.
  return (cache[hyIndex] ??= rateOn(series, hyStart - 1));
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

// The payments of the claim being walked, in date order (module scratch, grown as needed).
let payDate = new Float64Array(16);
let payAmount = new Float64Array(16);
let payCount = 0;

/**
 * Loads payments into the scratch in date order (an insertion sort: stable, so payments of one day keep
 * their order, and quick for the handful an invoice has). `row` numbers a refused amount from 1.
 */
function loadPayments(dates: ArrayLike<number>, amounts: ArrayLike<number>, from: number, to: number): void {
  const n = to - from;
  if (n > payDate.length) {
    payDate = new Float64Array(n * 2);
    payAmount = new Float64Array(n * 2);
  }
  for (let i = 0; i < n; i++) {
    const date = dates[from + i];
    const amount = amounts[from + i];
    if (!(amount >= 0) || !Number.isInteger(amount)) throw new DomainError("interest.negativePayment", { row: i + 1, text: String(amount / 100) });
    let j = i - 1;
    for (; j >= 0 && payDate[j] > date; j--) {
      payDate[j + 1] = payDate[j];
      payAmount[j + 1] = payAmount[j];
    }
    payDate[j + 1] = date;
    payAmount[j + 1] = amount;
  }
  payCount = n;
}

// A claim's payments as two columns, for loadPayments.
const claimDates: number[] = [];
const claimAmounts: number[] = [];

function loadClaimPayments(payments: readonly DatedAmount[] | undefined): void {
  const n = payments ? payments.length : 0;
  claimDates.length = n;
  claimAmounts.length = n;
  for (let i = 0; i < n; i++) {
    claimDates[i] = payments![i].date;
    claimAmounts[i] = payments![i].amount;
  }
  loadPayments(claimDates, claimAmounts, 0, n);
}

/**
 * The walk over the days of delay, with the payments loaded in the scratch: segments split at each
 * half-year (statutory regimes but the UK), after each payment day and, for NL, after each full year
 * of delay. Each segment is rounded to the cent; a payment settles the interest accrued up to its day,
 * then principal.
 */
function walk(principal0: Minor, dueDate: Serial, endDate: Serial, regime: InterestRegime, book: RateBook, out: Collector | null): void {
  principal = principal0;
  if (!(principal >= 0) || !Number.isInteger(principal)) throw new DomainError("interest.negativeAmount", { text: String(principal / 100) });
  unpaid = 0;
  let total = 0;
  let days = 0;
  let k = 0;
  const start = dueDate + 1;
  // Payments up to the due date reduce the principal before any interest runs.
  while (k < payCount && payDate[k] < start && payDate[k] <= endDate) applyPayment(k++, out);

  let series: RateSeries | null = null;
  let margin = 0;
  let halfYears = false;
  let fixedLookup: RateLookup | null = null;
  let rate = MICRO;
  let nextCapital = Infinity;
  if (regime.kind === "statutory") {
    const rule = statutoryRule(regime.jurisdiction);
    series = book.series[regime.jurisdiction];
    margin = statutoryMargin(regime.jurisdiction, dueDate, regime.b2c === true);
    halfYears = rule.scheme === "halfYear";
    if (!halfYears && endDate >= start) fixedLookup = referenceDateRate(series, dueDate);
    // A year of delay ends on the anniversary of the due date, at least 365 days on.
    if (rule.capitalises && endDate >= dueDate + 365) nextCapital = addMonths(dueDate, 12);
  } else {
    rate = exactRate(regime.annualRate);
  }
  let years = 1;

  for (let cursor = start; cursor <= endDate && principal > 0; ) {
    let to = endDate;
    let lookup: RateLookup | null = null;
    let num = rate.num;
    if (series) {
      if (halfYears) {
        halfYearAt(cursor);
        if (hyNext - 1 < to) to = hyNext - 1;
        lookup = halfYearRate(series);
      } else lookup = fixedLookup!;
      num = lookup.entry.micro + margin;
    }
    if (k < payCount && payDate[k] < to) to = payDate[k];
    if (nextCapital < to) to = nextCapital;
    const d = to - cursor + 1;
    const interest = segmentInterest(principal, num, rate, d);
    total += interest;
    unpaid += interest;
    days += d;
    if (out) out.segments.push({ from: cursor, to, days: d, annualRate: num / rate.den, principal, interest, reference: lookup, margin: series ? margin : null });
    while (k < payCount && payDate[k] === to) applyPayment(k++, out);
    if (to === nextCapital) {
      if (unpaid > 0) {
        if (out) out.capitalisations.push({ date: to, amount: unpaid });
        principal += unpaid;
        unpaid = 0;
      }
      years++;
      nextCapital = addMonths(dueDate, 12 * years);
    }
    cursor = to + 1;
  }
  // Payments after the debt was paid off, up to the end date, are recorded as excess.
  while (k < payCount && payDate[k] <= endDate) applyPayment(k++, out);
  outTotal = total;
  outDays = days;
  outPrincipal = principal;
  outUnpaid = unpaid;
}

// The walk's running principal and unpaid interest (module state, so applying a payment allocates nothing).
let principal = 0;
let unpaid = 0;

/** Payment k of the scratch settles the unpaid interest first, then principal; the rest is excess. */
function applyPayment(k: number, out: Collector | null): void {
  const amount = payAmount[k];
  const toInterest = Math.min(amount, unpaid);
  unpaid -= toInterest;
  const toPrincipal = Math.min(amount - toInterest, principal);
  principal -= toPrincipal;
  if (out) out.payments.push({ date: payDate[k], amount, toInterest, toPrincipal, excess: amount - toInterest - toPrincipal });
}

/**
 * The late-payment interest on one invoice: the sum of its rounded segments, with `book`'s rates
 * (the shipped ones by default). 0 when the end date is not after the due date. Below: DE, B2B,
 * 10,000.00 due 31 May 2025, to 31 July 2025: 92.63 + 87.22.
 *
 * @example
 * lateInterestTotal({ principal: 1_000_000, dueDate: 45808, endDate: 45869, regime: { kind: "statutory", jurisdiction: "DE" } }) //=> 17985
 */
export function lateInterestTotal(claim: InterestClaim, book: RateBook = SHIPPED_RATES): Minor {
  loadClaimPayments(claim.payments);
  walk(claim.principal, claim.dueDate, claim.endDate, claim.regime, book, null);
  return outTotal;
}

/** Many invoices at once, column by column as a ledger is read: no object per invoice. */
export interface InterestColumns {
  /** Amounts the interest runs on, in minor units. */
  readonly principal: ArrayLike<number>;
  readonly dueDate: ArrayLike<number>;
  /** One end date for every invoice, or one per invoice. */
  readonly endDate: Serial | ArrayLike<number>;
  /** The regime of every invoice, or with `regimeIndex` the regime of each: regimes[regimeIndex[i]]. */
  readonly regimes: readonly InterestRegime[];
  readonly regimeIndex?: ArrayLike<number>;
  /**
   * Invoice i's payments are entries paymentStart[i] to paymentStart[i + 1] − 1 of paymentDate and
   * paymentAmount (minor units), in any order; paymentStart has one entry more than there are invoices.
   */
  readonly paymentStart?: ArrayLike<number>;
  readonly paymentDate?: ArrayLike<number>;
  readonly paymentAmount?: ArrayLike<number>;
}

/**
 * lateInterestTotal for every invoice of a ledger, in minor units: the same walk, invoice by invoice,
 * without building a claim or a payment object for any of them (the dunning run and the statements
 * take a whole ledger at once).
 *
 * @example
 * lateInterestTotals({ principal: [1_000_000], dueDate: [45808], endDate: 45869, regimes: [{ kind: "statutory", jurisdiction: "DE" }] })
 * //=> Float64Array [17985]
 */
export function lateInterestTotals(columns: InterestColumns, book: RateBook = SHIPPED_RATES): Float64Array {
  const { principal: amounts, dueDate, endDate, regimes, regimeIndex, paymentStart, paymentDate, paymentAmount } = columns;
  const n = amounts.length;
  const out = new Float64Array(n);
  const ends = typeof endDate === "number" ? null : endDate;
  const withPayments = paymentStart !== undefined && paymentDate !== undefined && paymentAmount !== undefined;
  payCount = 0;
  for (let i = 0; i < n; i++) {
    if (withPayments) loadPayments(paymentDate, paymentAmount, paymentStart[i], paymentStart[i + 1]);
    const regime = regimeIndex ? regimes[regimeIndex[i]] : regimes[0];
    walk(amounts[i], dueDate[i], ends ? ends[i] : (endDate as number), regime, book, null);
    out[i] = outTotal;
  }
  return out;
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
  loadClaimPayments(claim.payments);
  walk(claim.principal, claim.dueDate, claim.endDate, claim.regime, book, out);
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

