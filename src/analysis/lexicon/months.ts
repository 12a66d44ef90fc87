/** English month names in calendar order, as articles spell them ("26 November 2019"). */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Short forms of month names as news style writes them ("Sept. 11", "Oct 3"). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  "Jan",
  "Feb",
  "Aug",
  "Sept",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** Weekday names, which like month names are capitalised without naming a place or a person. */
export const WEEKDAY_NAMES: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

/** "January|February|…": the month names as one alternation for a regular expression (no group). */
export const MONTH_ALTERNATION = MONTH_NAMES.join("|");

/** A month or weekday name, whole: "August" in "liberated in August" names a time, not a place. */
export const CALENDAR_WORD = new RegExp(`^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join("|")})$`);
