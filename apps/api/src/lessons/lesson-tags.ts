import { REFLECTIEKADER, indicatorElementId } from '@mao/domain';

/** Indicators imply their element; order follows the framework; duplicates go. */
export function normaliseTags(elementIds: readonly string[], indicatorIds: readonly string[]): { elementIds: string[]; indicatorIds: string[] } {
  const elements = new Set([...elementIds, ...indicatorIds.map(indicatorElementId)]);
  const indicators = new Set(indicatorIds);
  const order = REFLECTIEKADER.elements.flatMap((e) => [e.id, ...e.indicators.map((i) => i.id)]);
  const byFramework = (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
  return { elementIds: [...elements].sort(byFramework), indicatorIds: [...indicators].sort(byFramework) };
}

/** Every month from the first to the last (YYYY-MM), so the chart has no holes. */
export function fillMonths(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const out: string[] = [];
  let [year, month] = (sorted[0] as string).split('-').map(Number) as [number, number];
  const last = sorted.at(-1) as string;
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}
