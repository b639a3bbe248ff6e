import type { ScenarioValues } from '../schema/scenario.ts';

/** Share of a year's taxable income that losses carried forward may offset (26 U.S.C. §172(a), since 2018). */
export const LOSS_OFFSET_LIMIT = 0.8;

export interface OpenAICashFlows {
  /** Tax on positive operating cash flow, after losses carried forward from 2025 on. */
  tax: number[];
  /** Free cash flow to equity: operating cash flow less tax (compute is rented or paid as used, so no capex). */
  freeCashFlow: number[];
  /**
   * The last year's free cash flow taxed in full, with no losses to offset: the steady-state flow a terminal value
   * may grow forever (a one-off tax saving must not be capitalized as if it recurred).
   */
  terminalFreeCashFlow: number;
}

/** OpenAI's tax and free cash flow from its operating cash flow; losses from 2025 on are carried forward. */
export function openaiCashFlows(v: ScenarioValues, operating: readonly number[]): OpenAICashFlows {
  const tax: number[] = [];
  const freeCashFlow: number[] = [];
  let losses = 0;
  for (let i = 0; i < operating.length; i++) {
    const ocf = operating[i]!;
    let t = 0;
    if (ocf <= 0) losses -= ocf;
    else {
      const offset = Math.min(losses, ocf * LOSS_OFFSET_LIMIT);
      losses -= offset;
      t = (ocf - offset) * v.taxRate;
    }
    tax.push(t);
    freeCashFlow.push(ocf - t);
  }
  const last = operating[operating.length - 1]!;
  return { tax, freeCashFlow, terminalFreeCashFlow: last > 0 ? last * (1 - v.taxRate) : last };
}
