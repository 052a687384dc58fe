/**
 * Excel date serials. In the 1900 system serial 1 is 1900-01-01 and serial 60 is the phantom
 * 29 February 1900 that Excel keeps for Lotus 1-2-3 compatibility; in the 1904 system serial 0 is
 * 1904-01-01. All domain dates are whole-day serials of the 1900 system unless a function says so.
 */

/** A whole-day Excel date serial (1900 system). */
export type Serial = number;

/** Which of Excel's two date systems a workbook uses. */
export type DateSystem = 1900 | 1904;

export interface Ymd {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

/** 1900-system serial of 9999-12-31, the last date Excel accepts. */
export const MAX_SERIAL = 2958465;
/** Days between the 1900 and 1904 systems' serials for the same date. */
export const SERIAL_1904_OFFSET = 1462;

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const EPOCH_1900 = daysFromCivil(1899, 12, 30); // serial 0 for dates from 1900-03-01 on
const MARCH_1900 = 61;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** True when year/month/day name a real calendar day Excel can hold (1900-01-01..9999-12-31). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * The serial of a calendar date, in the 1900 system unless `system` says 1904.
 *
 * @example
 * ymdToSerial(2025, 5, 31) //=> 45808
 * ymdToSerial(1900, 2, 29) //=> 60 (Excel's phantom day)
 */
export function ymdToSerial(year: number, month: number, day: number, system: DateSystem = 1900): Serial {
  const days = daysFromCivil(year, month, day);
  let serial: number;
  if (year === 1900 && month === 2 && day === 29) serial = 60;
  else serial = days - EPOCH_1900 < MARCH_1900 ? days - EPOCH_1900 - 1 : days - EPOCH_1900;
  return system === 1904 ? serial - SERIAL_1904_OFFSET : serial;
}

/**
 * The calendar date of a whole-day serial.
 *
 * @example
 * serialToYmd(45808) //=> { year: 2025, month: 5, day: 31 }
 */
export function serialToYmd(serial: Serial, system: DateSystem = 1900): Ymd {
  const s = system === 1904 ? serial + SERIAL_1904_OFFSET : serial;
  if (s === 60) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(EPOCH_1900 + (s < MARCH_1900 ? s + 1 : s));
}

/** True for a whole number that is a date serial Excel can show (1900: 1..2958465). */
export function isSerial(value: number, system: DateSystem = 1900): boolean {
  const min = system === 1904 ? 0 : 1;
  const max = system === 1904 ? MAX_SERIAL - SERIAL_1904_OFFSET : MAX_SERIAL;
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Converts a serial of the 1904 system to the 1900 system (the domain's own). */
export function from1904(serial: Serial): Serial {
  return serial + SERIAL_1904_OFFSET;
}

/**
 * Excel's EDATE: the same day `months` months later, clamped to the month's last day.
 *
 * @example
 * edate(ymdToSerial(2025, 1, 31), 1) //=> 45716 (2025-02-28)
 */
export function edate(serial: Serial, months: number): Serial {
  const { year, month, day } = serialToYmd(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return ymdToSerial(y, m, Math.min(day, daysInMonth(y, m)));
}

/** ISO 8601 text of a serial: "2025-05-31". */
export function serialToIso(serial: Serial): string {
  const { year, month, day } = serialToYmd(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
