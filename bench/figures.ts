/** One measured figure with its goal; `lowerIsBetter` decides pass/fail. */
export interface Figure {
  name: string;
  goal: number;
  unit: string;
  measured: number;
  lowerIsBetter?: boolean;
  detail?: string;
  /** Measured for the record, without a goal (a worst case, a baseline): never fails the run. */
  informational?: boolean;
}

export const passes = (f: Figure): boolean => f.informational === true || ((f.lowerIsBetter ?? true) ? f.measured <= f.goal : f.measured >= f.goal);

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
