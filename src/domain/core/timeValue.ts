/**
 * Excel's time-value functions on plain numbers, with Excel's sign convention (money paid out is
 * negative). They all follow the identity
 *   pv·(1+r)^n + pmt·(1+r·type)·((1+r)^n − 1)/r + fv = 0   (pmt·n + pv + fv = 0 when r = 0).
 * Results are unrounded doubles; callers round to cents.
 */

/** 0: payments at the end of each period (Excel's default); 1: at the beginning. */
export type PaymentTiming = 0 | 1;

// (1+r)^n − 1 without the cancellation that 1e-12 rates would suffer.
function growthMinusOne(rate: number, periods: number): number {
  return Math.expm1(periods * Math.log1p(rate));
}

/**
 * Excel's PMT: the payment per period that repays `pv` (and leaves `fv`) over `nper` periods.
 *
 * @example
 * pmt(0.08 / 12, 10, 10000) //=> -1037.0320893591525 (Excel shows -1,037.03)
 */
export function pmt(rate: number, nper: number, pv: number, fv = 0, type: PaymentTiming = 0): number {
  if (rate === 0) return -(pv + fv) / nper;
  const g = growthMinusOne(rate, nper);
  const payment = -(rate * (pv * (g + 1) + fv)) / ((1 + rate * type) * g);
  if (Number.isFinite(payment)) return payment;
  // (1+r)^n overflowed (high rates over many periods): the same quotient divided through by g, whose
  // 1/g terms vanish, tends to the period's interest rather than Infinity / Infinity.
  return -(rate * (pv + (pv + fv) / g)) / (1 + rate * type);
}

/**
 * Excel's FV: what is left after `nper` periods of payment `payment` on `pv`.
 *
 * @example
 * fv(0.1, 1, -100, 1000) //=> -1000 (Excel: FV(10%,1,-100,1000))
 */
export function fv(rate: number, nper: number, payment: number, pv: number, type: PaymentTiming = 0): number {
  if (rate === 0) return -(pv + payment * nper);
  const g = growthMinusOne(rate, nper);
  return -(pv * (g + 1) + (payment * (1 + rate * type) * g) / rate);
}

/**
 * Excel's IPMT: the interest part of payment number `per` (1-based).
 *
 * @example
 * ipmt(0.1 / 12, 1, 36, 8000) //=> -66.66666666666667
 */
export function ipmt(rate: number, per: number, nper: number, pv: number, fvAtEnd = 0, type: PaymentTiming = 0): number {
  const payment = pmt(rate, nper, pv, fvAtEnd, type);
  // Interest accrues on the balance left after the previous payment; paid in advance, period 1 has none.
  if (type === 1) return per === 1 ? 0 : (fv(rate, per - 2, payment, pv, 1) - payment) * rate;
  return fv(rate, per - 1, payment, pv, 0) * rate;
}

/**
 * Excel's PPMT: the principal part of payment number `per` (PMT − IPMT).
 *
 * @example
 * ppmt(0.1 / 12, 1, 24, 2000) //=> -75.623186... (Excel shows -75.62)
 */
export function ppmt(rate: number, per: number, nper: number, pv: number, fvAtEnd = 0, type: PaymentTiming = 0): number {
  return pmt(rate, nper, pv, fvAtEnd, type) - ipmt(rate, per, nper, pv, fvAtEnd, type);
}
