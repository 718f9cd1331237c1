/** A calendar day, as the number of days since 1970-01-01; all arithmetic is in UTC so no time zone can shift it. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** The day of a calendar date (month 1–12). */
export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

/** Year, month (1–12) and date of a day. */
export function partsOf(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** The year of a day. */
export function yearOf(day: Day): number {
  return partsOf(day).year;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** `23/09/2016`, the French way the platform exports dates. */
export function frenchDate(day: Day): string {
  const { year, month, date } = partsOf(day);
  return `${pad2(date)}/${pad2(month)}/${year}`;
}

/** `2016-09-23`. */
export function isoDate(day: Day): string {
  const { year, month, date } = partsOf(day);
  return `${year}-${pad2(month)}-${pad2(date)}`;
}

/** Day of the week, 0 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Excel's serial number of a day (1900 date system), what a real XLSX date cell stores. */
export function excelSerial(day: Day): number {
  return day + 25_569;
}

/** The Commission permanente adopting the INS'pir framework deliberation. */
export const DELIBERATION_DAY: Day = dayOf(2016, 9, 23);
/** The day the exports were taken: the sample covers 2016–2019. */
export const EXPORT_DAY: Day = dayOf(2019, 12, 31);

/** Commission permanente sessions: the third Thursday of every month but August, from October 2016 to December 2019. */
export function commissionDays(): Day[] {
  const days: Day[] = [];
  for (let year = 2016; year <= 2019; year++) {
    for (let month = year === 2016 ? 10 : 1; month <= 12; month++) {
      if (month === 8) continue;
      let day = dayOf(year, month, 15);
      while (weekdayOf(day) !== 4) day++;
      days.push(day);
    }
  }
  return days;
}

const COMMISSIONS = commissionDays();

/** The first Commission permanente on or after a day, or null when there is none before the export. */
export function nextCommission(from: Day): Day | null {
  for (const day of COMMISSIONS) if (day >= from) return day;
  return null;
}
