// Sentences are built without Intl or toLocaleString: those depend on the runtime's locale data, and the same
// inputs must give the same bytes in Node and in every browser.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Leap days counted by the rule below for the years before 1970, so the table counts from 1970-01-01. */
const LEAP_DAYS_BEFORE_1970 = Math.floor(2369 / 4) - Math.floor(2369 / 100) + Math.floor(2369 / 400);

/** Days from 1970-01-01 to 1 January of each year 0000 to 9999, the years four digits can write. */
const YEAR_STARTS = new Int32Array(10_000);
/** 1 for a leap year of the same range, else 0. */
const LEAP_YEARS = new Uint8Array(10_000);
for (let year = 0; year < 10_000; year++) {
  // Leap years before `year`, with the year moved on one whole 400-year cycle so no quotient is of a negative
  // number (year 0000 is a leap year, and the rule must count it for 0001).
  const before = year + 399;
  YEAR_STARTS[year] =
    (year - 1970) * 365 +
    Math.floor(before / 4) -
    Math.floor(before / 100) +
    Math.floor(before / 400) -
    LEAP_DAYS_BEFORE_1970;
  LEAP_YEARS[year] = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 1 : 0;
}
/** Days from 1 January to the first of each month in a common year, by month number 1 to 12. */
const MONTH_STARTS = new Int32Array([0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);

/**
 * Days since 1970-01-01 of a calendar date (`YYYY-MM-DD`, or the date part of an ISO date-time), on the
 * proleptic Gregorian calendar: no clock, no time zone. A day past the end of its month counts on into the next
 * one ("2025-02-30" is 2 March), as the Date object's calendar does. Tables of year and month starts rather
 * than arithmetic per call: every evidence answer, holding date and incident date of a portfolio is read through
 * here, and the divisions of the calendar rule were about a fifth of this function's time. Throws a RangeError
 * on anything that is not a date.
 */
export function dayNumber(isoDate: string): number {
  // Each digit read once at its fixed position. A digit outside 0..9 (or past the end of a short string, where
  // charCodeAt gives NaN) fails the range test.
  const y0 = isoDate.charCodeAt(0) - 48;
  const y1 = isoDate.charCodeAt(1) - 48;
  const y2 = isoDate.charCodeAt(2) - 48;
  const y3 = isoDate.charCodeAt(3) - 48;
  const m0 = isoDate.charCodeAt(5) - 48;
  const m1 = isoDate.charCodeAt(6) - 48;
  const d0 = isoDate.charCodeAt(8) - 48;
  const d1 = isoDate.charCodeAt(9) - 48;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (
    !(isDigit(y0) && isDigit(y1) && isDigit(y2) && isDigit(y3) && isDigit(m0) && isDigit(m1)) ||
    !(isDigit(d0) && isDigit(d1)) ||
    isoDate.charCodeAt(4) !== 45 ||
    isoDate.charCodeAt(7) !== 45 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31
  ) {
    throw new RangeError(`Not an ISO date: "${isoDate}"`);
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const leapDay = month > 2 ? (LEAP_YEARS[year] as number) : 0;
  return (YEAR_STARTS[year] as number) + (MONTH_STARTS[month] as number) + leapDay + day - 1;
}

/** A character code minus 48 that is a decimal digit; false for NaN. */
function isDigit(value: number): boolean {
  return value >= 0 && value <= 9;
}

// Month names with their spaces, so a date is built in two concatenations rather than four.
const MONTHS_SPACED = MONTHS.map((month) => ` ${month} `);
const MONTHS_THEN_SPACE = MONTHS.map((month) => `${month} `);

/**
 * The year of an ISO date as text: the number when it has four significant digits, since V8 keeps the strings
 * of recent numbers and `slice` would allocate a new one every time; the text itself for a year below 1000.
 */
function yearText(isoDate: string): string | number {
  const year = digitsAt(isoDate, 0, 4);
  return year >= 1000 ? year : isoDate.slice(0, 4);
}

/** "2025-03-07" becomes "7 Mar 2025". */
export function formatDate(isoDate: string): string {
  const month = MONTHS_SPACED[digitsAt(isoDate, 5, 2) - 1];
  const day = digitsAt(isoDate, 8, 2);
  if (month === undefined || Number.isNaN(day)) return isoDate;
  return `${day}${month}${yearText(isoDate)}`;
}

/** "2025-03-07" becomes "Mar 2025", for incidents where the day adds nothing. */
export function formatMonth(isoDate: string): string {
  const month = MONTHS_THEN_SPACE[digitsAt(isoDate, 5, 2) - 1];
  return month === undefined ? isoDate : `${month}${yearText(isoDate)}`;
}

/**
 * Millions to one decimal, as `(count / 1e6).toFixed(1)` writes them, by integer arithmetic: toFixed is slow and
 * this runs for most holdings and incidents. An exact tie (a remainder of 50,000) and counts too large for the
 * shortcut to be exact still go through toFixed, whose rounding of the binary quotient decides those.
 */
function millions(whole: number): string {
  const tenths = Math.floor(whole / 100_000);
  const rest = whole - tenths * 100_000;
  if (rest === 50_000 || whole >= 1e12) return (whole / 1_000_000).toFixed(1);
  const rounded = rest > 50_000 ? tenths + 1 : tenths;
  return `${Math.floor(rounded / 10)}.${rounded % 10}`;
}

/** 184000 becomes "184,000"; 192700000 becomes "192.7 million". */
export function formatCount(count: number): string {
  const whole = Math.round(count);
  if (whole >= 1_000_000) return `${millions(whole)} million`;
  if (whole < 1000) return String(whole);
  const rest = whole % 1000;
  // Padding by hand: padStart builds an intermediate string for every count of every vendor.
  return `${Math.floor(whole / 1000)},${rest < 10 ? "00" : rest < 100 ? "0" : ""}${rest}`;
}

/** 1.84 becomes "1.8 years"; under a year is said in months. */
export function formatAge(years: number): string {
  if (years < 1) {
    const months = Math.max(0, Math.round(years * 12));
    return months === 1 ? "1 month" : `${months} months`;
  }
  // Tenths by integer arithmetic: toFixed is slow and this runs for every incident of every vendor.
  const tenths = Math.round(years * 10);
  return `${Math.floor(tenths / 10)}.${tenths % 10} years`;
}

export function formatDays(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

/** "0%" to "100%", built once: shares are written for most contributions of every incident. */
const PERCENTS = Array.from({ length: 101 }, (_, percent) => `${percent}%`);

export function formatPercent(share: number): string {
  const percent = Math.round(share * 100);
  return PERCENTS[percent] ?? `${percent}%`;
}

/** ["a", "b", "c"] becomes "a, b and c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  // Concatenation rather than slice and join, which allocate an array and a string to throw away.
  let head = items[0] as string;
  for (let i = 1; i < items.length - 1; i++) head += `, ${items[i]}`;
  return `${head} and ${items[items.length - 1]}`;
}

/** Labels of PHI categories as a hospital's breach notice would word them. */
export const PHI_CATEGORY_WORDS: Readonly<Record<string, string>> = {
  name: "names",
  date_of_birth: "dates of birth",
  ssn: "Social Security numbers",
  drivers_license: "driver's licence numbers",
  address: "addresses",
  contact: "contact details",
  mrn: "medical record numbers",
  patient_id: "patient IDs",
  physician: "physician names",
  diagnosis: "diagnoses",
  medication: "medications",
  test_results: "test results",
  images: "images",
  insurance: "insurance details",
  dates_of_service: "dates of service",
  financial: "financial details",
  credentials: "login credentials",
  demographics: "demographic details",
  clinical_notes: "clinical notes",
  genetic: "genetic data",
  behavioral_health: "behavioural health records",
  payment_card: "payment card numbers",
  other: "other data",
};
