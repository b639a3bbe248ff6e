import { compute, PROVIDERS } from '../engine/compute.ts';
import type { MicrosoftLedger } from '../engine/ledger.ts';
import { FIRST_YEAR, THROUGH_YEAR, VALUE_END_YEAR } from '../engine/paths.ts';
import type { Projection } from '../engine/project.ts';
import { openaiRevenue } from '../engine/revenue.ts';
import { revenueShare } from '../engine/revenueShare.ts';
import { formatBillions, formatPercent } from '../format.ts';
import { MSFT_LEDGER_META } from '../outputs.ts';
import type { ParamId, ScenarioValues } from '../schema/scenario.ts';
import type { ExplainId } from './explained.ts';

export { EXPLAINED_CHARTS, EXPLAINED_KPIS, isExplained, type ExplainId } from './explained.ts';

/**
 * "How this is computed" for every headline figure and chart: the formula in words and in symbols, the assumptions
 * it reads, and the current numbers plugged in, so a reader can redo it by hand. Money is written to the cent of a
 * billion ($12.34B) so that sums of the shown numbers come back to the figure within rounding (a test holds every
 * preset to it). Pure: nothing here is drawn; the page computes an explanation only when it is opened.
 */

/** One number plugged into the formula: its symbol, what it is, its value (model units) and how it is written. */
export interface Plugged {
  readonly symbol: string;
  readonly label: string;
  readonly value: number;
  readonly shown: string;
}

export interface Explanation {
  readonly id: ExplainId;
  /** The formula in words. */
  readonly words: string;
  /** The formula in symbols, each symbol a row of `inputs` (or a family of them: P₂₀₂₅ … P₂₀₃₀). */
  readonly symbols: string;
  /** The assumptions the figure reads (each a link on the page that focuses its control). */
  readonly assumptions: readonly ParamId[];
  /** The current numbers, in the order the arithmetic uses them. */
  readonly inputs: readonly Plugged[];
  /** The arithmetic with the numbers in, ending in the figure: "27.00% × … = $197.04B". */
  readonly arithmetic: readonly string[];
  /** The figure, as the formula gives it (null where it does not exist under the scenario). */
  readonly result: Plugged | null;
  /** What the explanation leaves to another one, or why the figure does not exist. */
  readonly note?: string;
}

const usd = (x: number) => formatBillions(x, 2);
const pct = (x: number) => formatPercent(x, 2);
const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sub = (n: number) => [...String(n)].map((d) => SUB[Number(d)]).join('');
const money = (symbol: string, label: string, value: number): Plugged => ({
  symbol,
  label,
  value,
  shown: usd(value),
});
const rate = (symbol: string, label: string, value: number): Plugged => ({
  symbol,
  label,
  value,
  shown: pct(value),
});
/** "a + b − c": signs from the values, so a negative part reads as a subtraction. */
const sumText = (parts: readonly Plugged[]) =>
  parts.map((q, i) => (i === 0 ? q.shown : q.value < 0 ? `− ${usd(-q.value)}` : `+ ${q.shown}`)).join(' ');

export function explain(id: ExplainId, p: Projection, v: ScenarioValues): Explanation {
  switch (id) {
    case 'msftTotalValueNpv':
    case 'msft-value':
      return msftValue(id, p, v);
    case 'msftStakeValueAtMark':
      return stakeAtMark(p, v);
    case 'revenueSharePaidThrough2030':
      return sharePaid(p, v);
    case 'azureRevenueThrough2030':
      return azureRevenue(p, v);
    case 'openaiRevenueSharePaidNpv':
      return sharePresentValue(p, v);
    case 'openaiCapSavingThrough2030':
      return capSaving(p, v);
    case 'openaiValueAtMark':
      return valueAtMark(p, v);
    case 'openaiBreakEvenYear':
      return breakEven(p);
    case 'revenue-share':
      return shareYear(p, v);
    case 'compute':
      return computeYear(p);
    case 'openai-economics':
      return economicsYear(p, v);
    case 'valuation':
      return holders(p, v);
  }
}

const SHARE_TERMS: readonly ParamId[] = ['shareStart', 'shareLastYear', 'shareCapOn', 'shareCap'];

function shareAssumptions(v: ScenarioValues): ParamId[] {
  const ids: ParamId[] = [...SHARE_TERMS];
  if (v.shareShape !== 'flat') ids.splice(1, 0, 'shareShape', 'shareEnd');
  if (v.agiClause) ids.push('agiClause', 'agiYear');
  return [...ids, 'rev2026', 'rev2030'];
}

function yearsThrough(p: Projection, last: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.years.length && p.years[i]! <= last; i++) out.push(i);
  return out;
}

const LEDGER_SYMBOL: Record<keyof MicrosoftLedger, string> = {
  stake: 'S',
  revenueShare: 'R',
  azureOpenAIMargin: 'A',
  azureOpenAIShare: 'P',
  profitShare2019: 'F',
  hosting: 'H',
};

function msftValue(id: 'msftTotalValueNpv' | 'msft-value', p: Projection, v: ScenarioValues): Explanation {
  const m = p.ledger.microsoft;
  const all = (Object.keys(MSFT_LEDGER_META) as (keyof typeof m)[]).map((k) =>
    money(LEDGER_SYMBOL[k], MSFT_LEDGER_META[k].label, m[k]),
  );
  const parts = all.filter((q) => q.value !== 0);
  const left = all.filter((q) => q.value === 0).map((q) => q.label);
  return {
    id,
    words:
      'The value to Microsoft is the sum of its ledger: its stake in OpenAI (projected), the revenue share it receives, its margin on selling OpenAI’s models on Azure less the share of that revenue it pays OpenAI, the 2019 profit share where it applies, and its profit on hosting OpenAI’s compute. Each part is a present value in 2025 dollars after Microsoft’s tax, so they can be added.',
    symbols: 'V = S + R + A + P + F + H (P, the share paid to OpenAI, is negative)',
    assumptions: ['msftStake', 'costOfEquity', 'discountRate', 'taxRate', 'shareCap', 'hostingOpMargin'],
    inputs: parts,
    arithmetic: [`${sumText(parts)} = ${usd(p.kpis.msftTotalValueNpv)}`],
    result: money('V', 'Value to Microsoft', p.kpis.msftTotalValueNpv),
    note:
      (left.length > 0 ? `Zero under these terms, so left out: ${left.join('; ')}. ` : '') +
      `The revenue share part is “Revenue share OpenAI pays” after ${formatPercent(v.taxRate, 0)} tax; the stake is Microsoft’s diluted stake in OpenAI’s payouts and projected value (see the equity chart), discounted at the cost of equity.`,
  };
}

function stakeAtMark(p: Projection, v: ScenarioValues): Explanation {
  const k = p.kpis;
  if (k.msftStakeValueAtMark === null) {
    return {
      id: 'msftStakeValueAtMark',
      words: 'Microsoft’s stake × the post-money valuation of the latest priced round.',
      symbols: 'M = s × V',
      assumptions: ['equityMode'],
      inputs: [],
      arithmetic: [],
      result: null,
      note: 'Not applicable: under the 2019 terms Microsoft holds a share of profits, not a stake.',
    };
  }
  if (v.round2026Raised > 0) {
    const s = rate('s', 'Microsoft’s stake after the Oct 2025 recapitalization', v.msftStake);
    const raised = money('R', 'Raised in the Mar 2026 round', v.round2026Raised);
    const post = money('V', 'The round’s post-money valuation', v.valuation2026);
    const diluted = v.msftStake * (1 - Math.min(1, v.round2026Raised / v.valuation2026));
    return {
      id: 'msftStakeValueAtMark',
      words:
        'New investors in the Mar 2026 round bought R ÷ V of OpenAI, so every earlier holder kept 1 − R ÷ V of its stake (dilution). Microsoft’s diluted stake times the round’s post-money valuation is what the market price says its stake was worth at that date: a market mark, not a projection.',
      symbols: 'M = s × (1 − R ÷ V) × V',
      assumptions: ['msftStake', 'round2026Raised', 'valuation2026'],
      inputs: [s, raised, post],
      arithmetic: [
        `${s.shown} × (1 − ${raised.shown} ÷ ${post.shown}) × ${post.shown}`,
        `= ${pct(diluted)} × ${post.shown} = ${usd(k.msftStakeValueAtMark)}`,
      ],
      result: money('M', 'Microsoft’s stake at the last round', k.msftStakeValueAtMark),
    };
  }
  const s = rate('s', 'Microsoft’s stake', v.msftStake);
  const post = money('V', 'OpenAI’s valuation, Oct 2025', v.valuation2025);
  return {
    id: 'msftStakeValueAtMark',
    words:
      'With no Mar 2026 round, Microsoft’s stake is marked at the Oct 2025 valuation: stake × valuation, a market mark at that date.',
    symbols: 'M = s × V',
    assumptions: ['msftStake', 'valuation2025'],
    inputs: [s, post],
    arithmetic: [`${s.shown} × ${post.shown} = ${usd(k.msftStakeValueAtMark)}`],
    result: money('M', 'Microsoft’s stake at the last round', k.msftStakeValueAtMark),
  };
}

function sharePaid(p: Projection, v: ScenarioValues): Explanation {
  const s = p.series;
  const rows = yearsThrough(p, THROUGH_YEAR);
  const inputs = rows.map((i) =>
    money(`P${sub(p.years[i]!)}`, `Paid in ${p.years[i]}`, s.revenueSharePaid[i]!),
  );
  const capped = v.shareCapOn
    ? ` Payments stop once they add up to the ${usd(v.shareCap)} total cap${p.kpis.revenueShareCapReachedYear === null ? ' (not reached here)' : ` (reached in ${p.kpis.revenueShareCapReachedYear})`}.`
    : ' No cap applies.';
  return {
    id: 'revenueSharePaidThrough2030',
    words: `Each year OpenAI owes the revenue share rate times its revenue; what it pays is that, or what is left under the cap if less. The figure adds the payments of 2025 through 2030, in nominal dollars.${capped}`,
    symbols: 'Total = P₂₀₂₅ + … + P₂₀₃₀, where Pᵧ = min(rateᵧ × Revenueᵧ, cap − paid before y)',
    assumptions: shareAssumptions(v),
    inputs,
    arithmetic: [
      ...rows.map(
        (i) =>
          `${p.years[i]}: ${pct(s.revenueShareRate[i]!)} × ${usd(s.openaiRevenue[i]!)} = ${usd(s.revenueShareUncapped[i]!)} owed, ${usd(s.revenueSharePaid[i]!)} paid`,
      ),
      `${sumText(inputs)} = ${usd(p.kpis.revenueSharePaidThrough2030)}`,
    ],
    result: money('Total', 'Revenue share to Microsoft, 2025–30', p.kpis.revenueSharePaidThrough2030),
  };
}

function capSaving(p: Projection, v: ScenarioValues): Explanation {
  const rows = yearsThrough(p, THROUGH_YEAR);
  const owed = rows.reduce((a, i) => a + p.series.revenueShareUncapped[i]!, 0);
  const paid = p.kpis.revenueSharePaidThrough2030;
  const base = {
    id: 'openaiCapSavingThrough2030' as const,
    words:
      'What OpenAI would owe through 2030 at the same rates with no cap, less what it pays with the cap. Both are nominal sums of 2025 through 2030.',
    symbols: 'Saving = Owed − Paid',
    assumptions: shareAssumptions(v),
  };
  if (!v.shareCapOn) {
    return {
      ...base,
      inputs: [],
      arithmetic: [],
      result: null,
      note: 'Not applicable: no total cap applies under these terms.',
    };
  }
  const o = money('Owed', 'Owed without the cap, 2025–30', owed);
  const pd = money('Paid', 'Paid with the cap, 2025–30 (see “Revenue share to Microsoft”)', paid);
  return {
    ...base,
    inputs: [o, pd],
    arithmetic: [
      `Owed = ${rows.map((i) => usd(p.series.revenueShareUncapped[i]!)).join(' + ')} = ${o.shown}`,
      `${o.shown} − ${pd.shown} = ${usd(p.kpis.openaiCapSavingThrough2030)}`,
    ],
    result: money('Saving', 'What the cap saves OpenAI, 2025–30', p.kpis.openaiCapSavingThrough2030),
  };
}

function azureRevenue(p: Projection, v: ScenarioValues): Explanation {
  const years = allYears();
  const c = compute(v, years, openaiRevenue(v, years));
  const rows = yearsThrough(p, THROUGH_YEAR);
  const inputs = rows.flatMap((i) => [
    money(`C${sub(years[i]!)}`, `Azure contract, ${years[i]}`, c.azureContracted[i]!),
    money(
      `U${sub(years[i]!)}`,
      `Azure beyond its contract, ${years[i]}`,
      c.byProvider.azure[i]! - c.azureContracted[i]!,
    ),
  ]);
  return {
    id: 'azureRevenueThrough2030',
    words:
      'What OpenAI pays Microsoft for Azure compute, 2025 through 2030, in nominal dollars: each year the Azure contract’s payment (take-or-pay, paid whether or not the capacity is needed) plus Azure’s part of the compute no contract covers (all of it while Azure has first call, then its weight’s share).',
    symbols: 'Azure = Σ₂₀₂₅…₂₀₃₀ (Cᵧ + Uᵧ)',
    assumptions: [
      'azureCommit',
      'azureCommitStart',
      'azureCommitYears',
      'contractShape',
      'rofrEndYear',
      'azureWeight',
      'computeTarget',
    ],
    inputs,
    arithmetic: [
      ...rows.map(
        (i) =>
          `${years[i]}: ${usd(c.azureContracted[i]!)} + ${usd(c.byProvider.azure[i]! - c.azureContracted[i]!)} = ${usd(c.byProvider.azure[i]!)}`,
      ),
      `${rows.map((i) => usd(c.byProvider.azure[i]!)).join(' + ')} = ${usd(p.kpis.azureRevenueThrough2030)}`,
    ],
    result: money('Azure', 'Azure revenue from OpenAI, 2025–30', p.kpis.azureRevenueThrough2030),
  };
}

function allYears(): number[] {
  const out: number[] = [];
  for (let y = FIRST_YEAR; y <= VALUE_END_YEAR; y++) out.push(y);
  return out;
}

function sharePresentValue(p: Projection, v: ScenarioValues): Explanation {
  // Payments can run past the years shown (the last paid year goes to 2040), so they are computed for every year.
  const years = allYears();
  const paid = revenueShare(v, years, openaiRevenue(v, years)).paid;
  const r = rate('r', 'Discount rate for contracted cash flows', v.discountRate);
  const inputs: Plugged[] = [r];
  const terms: string[] = [];
  paid.forEach((x, i) => {
    if (x === 0) return;
    inputs.push(money(`P${sub(years[i]!)}`, `Paid in ${years[i]}`, x));
    terms.push(`${usd(x)} ÷ ${(1 + v.discountRate).toFixed(3)}${i === 0 ? '⁰' : supText(i)}`);
  });
  return {
    id: 'openaiRevenueSharePaidNpv',
    words:
      'Every revenue-share payment, each discounted to 2025: a payment in year y is divided by (1 + r) once for each year after 2025, r being the discount rate for contracted cash flows. Years without a payment add nothing, and no payment runs past 2040, so nothing remains after 2045.',
    symbols: 'PV = Σᵧ Pᵧ ÷ (1 + r)^(y − 2025)',
    assumptions: ['discountRate', ...shareAssumptions(v)],
    inputs,
    arithmetic:
      terms.length === 0
        ? ['No payment: the present value is $0.00B.']
        : [`${terms.join(' + ')} = ${usd(p.kpis.openaiRevenueSharePaidNpv)}`],
    result: money('PV', 'Revenue share OpenAI pays (present value)', p.kpis.openaiRevenueSharePaidNpv),
  };
}

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function supText(n: number): string {
  return [...String(n)].map((d) => SUP[Number(d)]).join('');
}

function valueAtMark(p: Projection, v: ScenarioValues): Explanation {
  const v0 = money('V₂₀₂₅', 'OpenAI’s equity value at the end of 2025 (model)', p.series.openaiValuation[0]!);
  const words0 =
    ' The end-2025 value is OpenAI’s cash plus every later year’s free cash flow discounted at the cost of equity, plus a terminal value for the years after 2045.';
  if (v.round2026Raised <= 0) {
    return {
      id: 'openaiValueAtMark',
      words: `With no Mar 2026 round, the latest mark is Oct 2025, so the model’s value at end-2025 is set against it.${words0}`,
      symbols: 'M = V₂₀₂₅',
      assumptions: ['costOfEquity', 'rev2030', 'revGrowthTerminal'],
      inputs: [v0],
      arithmetic: [`${v0.shown}`],
      result: money('M', 'OpenAI equity value at the last round (model)', p.kpis.openaiValueAtMark),
    };
  }
  const c0 = money('C₂₀₂₅', 'OpenAI’s cash at the end of 2025', p.series.openaiCash[0]!);
  const ke = rate('kₑ', 'OpenAI’s cost of equity', v.costOfEquity);
  const raised = money('R', 'Raised in the Mar 2026 round', v.round2026Raised);
  return {
    id: 'openaiValueAtMark',
    words: `The model’s value of OpenAI on the round’s date (end of Mar 2026): its end-2025 value without its cash, grown a quarter of a year at the cost of equity, plus that cash, plus the round’s new money (post-money, like the round’s price).${words0}`,
    symbols: 'M = (V₂₀₂₅ − C₂₀₂₅) × (1 + kₑ)^0.25 + C₂₀₂₅ + R',
    assumptions: ['costOfEquity', 'round2026Raised', 'rev2030', 'revGrowthTerminal'],
    inputs: [v0, c0, ke, raised],
    arithmetic: [
      `(${v0.shown} − ${c0.shown}) × ${(1 + v.costOfEquity).toFixed(4)}^0.25 + ${c0.shown} + ${raised.shown} = ${usd(p.kpis.openaiValueAtMark)}`,
    ],
    result: money('M', 'OpenAI equity value at the last round (model)', p.kpis.openaiValueAtMark),
  };
}

/** Operating cash flow of year index i, term by term. */
function cashFlowTerms(p: Projection, i: number): Plugged[] {
  const s = p.series;
  const y = sub(p.years[i]!);
  const all = [
    money(`Rev${y}`, 'Revenue', s.openaiRevenue[i]!),
    money(`Compute${y}`, 'Compute paid (idle contracted capacity included)', -s.computeSpend[i]!),
    money(`Idle${y}`, 'Idle capacity’s cost recovered', s.idleComputeRecovered[i]!),
    money(`Other${y}`, 'Other operating costs', -s.openaiOtherCosts[i]!),
    money(`Share${y}`, 'Revenue share paid to Microsoft', -s.revenueSharePaid[i]!),
    money(`Recv${y}`, 'Azure OpenAI share received', s.msftShareToOpenAI[i]!),
  ];
  // Terms that are zero under the scenario (no idle capacity, no share received) would only clutter the sum.
  return all.filter((q, k) => k === 0 || q.value !== 0);
}

function breakEven(p: Projection): Explanation {
  const k = p.kpis;
  const s = p.series;
  const base = {
    id: 'openaiBreakEvenYear' as const,
    words:
      'The first year OpenAI’s operating cash flow (revenue − compute paid + idle capacity recovered − other costs − revenue share paid + Azure OpenAI share received, before tax) is positive. The revenue at which it turns is read off the straight line between the last year below zero and the first above.',
    symbols: 'Rev* = Revᵧ₋₁ + f × (Revᵧ − Revᵧ₋₁), f = −OCFᵧ₋₁ ÷ (OCFᵧ − OCFᵧ₋₁)',
    assumptions: ['rev2030', 'gmEnd', 'computeTarget', 'opexShare', 'oracleValue', 'shareCap'] as ParamId[],
  };
  const y = k.openaiBreakEvenYear;
  if (y === null) {
    const last = p.years.length - 1;
    return {
      ...base,
      inputs: [
        money(
          `OCF${sub(p.years[last]!)}`,
          `Operating cash flow, ${p.years[last]}`,
          s.openaiOperatingCashFlow[last]!,
        ),
      ],
      arithmetic: [],
      result: null,
      note: `Never within the years shown: operating cash flow is still ${usd(s.openaiOperatingCashFlow[last]!)} in ${p.years[last]}.`,
    };
  }
  const i = y - FIRST_YEAR;
  const terms = cashFlowTerms(p, i);
  const ocf = money(`OCF${sub(y)}`, `Operating cash flow, ${y}`, s.openaiOperatingCashFlow[i]!);
  if (i === 0) {
    return {
      ...base,
      inputs: [...terms, ocf],
      arithmetic: [`${y}: ${sumText(terms)} = ${ocf.shown}, already above zero in the first year`],
      result: { symbol: 'Y', label: 'OpenAI cash-flow positive', value: y, shown: String(y) },
    };
  }
  const before = money(
    `OCF${sub(y - 1)}`,
    `Operating cash flow, ${y - 1}`,
    s.openaiOperatingCashFlow[i - 1]!,
  );
  const r0 = money(`Rev${sub(y - 1)}`, `Revenue, ${y - 1}`, s.openaiRevenue[i - 1]!);
  const r1 = terms[0]!; // this year's revenue, already among the terms
  const f = -before.value / (ocf.value - before.value);
  return {
    ...base,
    inputs: [...terms, ocf, before, r0],
    arithmetic: [
      `${y}: ${sumText(terms)} = ${ocf.shown} (above zero; ${y - 1}: ${before.shown})`,
      `f = ${usd(-before.value)} ÷ (${ocf.shown} ${before.value < 0 ? '+' : '−'} ${usd(Math.abs(before.value))}) = ${f.toFixed(3)}`,
      `${r0.shown} + ${f.toFixed(3)} × (${r1.shown} − ${r0.shown}) = ${usd(k.openaiBreakEvenRevenue!)} of revenue`,
    ],
    result: { symbol: 'Y', label: 'OpenAI cash-flow positive', value: y, shown: String(y) },
  };
}

/** The year a chart's explanation works through: the first year the cap binds, else 2030. */
function shareYearIndex(p: Projection): number {
  const y = p.kpis.revenueShareCapReachedYear;
  return (y !== null && y <= p.years.at(-1)! ? y : THROUGH_YEAR) - FIRST_YEAR;
}

function shareYear(p: Projection, v: ScenarioValues): Explanation {
  const s = p.series;
  const i = shareYearIndex(p);
  const y = p.years[i]!;
  const paidBefore = s.revenueSharePaid.slice(0, i).reduce((a, b) => a + b, 0);
  const r = rate(`rate${sub(y)}`, `Revenue share rate, ${y}`, s.revenueShareRate[i]!);
  const rev = money(`Rev${sub(y)}`, `OpenAI revenue, ${y}`, s.openaiRevenue[i]!);
  const inputs = [r, rev];
  const arithmetic = [`${r.shown} × ${rev.shown} = ${usd(s.revenueShareUncapped[i]!)} owed`];
  if (v.shareCapOn) {
    const room = money('Room', `Cap left at the start of ${y}`, Math.max(0, v.shareCap - paidBefore));
    inputs.push(room);
    arithmetic.push(
      `${usd(v.shareCap)} cap − ${usd(paidBefore)} paid before ${y} = ${room.shown} left; paid: the smaller, ${usd(s.revenueSharePaid[i]!)}`,
    );
  }
  return {
    id: 'revenue-share',
    words: `The chart’s line is the contractual rate each year; its bars are what OpenAI pays: the rate times its revenue, or what is left under the cap if that is less; the hatched part is what the cap removes. Worked through for ${y}${v.shareCapOn ? (p.kpis.revenueShareCapReachedYear === y ? ', the year the cap is reached' : '') : ''}:`,
    symbols: `P${sub(y)} = min(rate${sub(y)} × Rev${sub(y)}${v.shareCapOn ? ', Room' : ''})`,
    assumptions: shareAssumptions(v),
    inputs,
    arithmetic,
    result: money(`P${sub(y)}`, `Revenue share paid, ${y}`, s.revenueSharePaid[i]!),
  };
}

function computeYear(p: Projection): Explanation {
  const s = p.series;
  const i = THROUGH_YEAR - FIRST_YEAR;
  const rev = money('Rev', 'OpenAI revenue, 2030', s.openaiRevenue[i]!);
  const gm = rate('gm', 'Gross margin, 2030', s.openaiGrossMargin[i]!);
  const providers = PROVIDERS.map((q) =>
    money(q.id, `Paid to ${q.label}`, s.computeByProvider[q.id][i]!),
  ).filter((q) => q.value !== 0);
  return {
    id: 'compute',
    words:
      'Each year OpenAI needs compute for inference (serving users: revenue × (1 − gross margin)) and for training; the contracts are paid in full whatever the need (take-or-pay, the excess shown as idle) and the rest goes to the providers by their weights. The stacked bars are what each provider is paid. Worked through for 2030:',
    symbols: 'Inference = Rev × (1 − gm); Compute = Σ providers',
    assumptions: [
      'rev2030',
      'gmEnd',
      'computeTarget',
      'azureCommit',
      'oracleValue',
      'awsExpansionValue',
      'azureWeight',
    ],
    inputs: [rev, gm, ...providers],
    arithmetic: [
      `Inference: ${rev.shown} × (1 − ${gm.shown}) = ${usd(s.inferenceCompute[i]!)}; training: ${usd(s.trainingCompute[i]!)}; idle contracted: ${usd(s.idleCompute[i]!)}`,
      `Paid: ${sumText(providers)} = ${usd(s.computeSpend[i]!)}`,
    ],
    result: money('Compute', 'Compute paid, 2030', s.computeSpend[i]!),
  };
}

function economicsYear(p: Projection, v: ScenarioValues): Explanation {
  const s = p.series;
  const i = THROUGH_YEAR - FIRST_YEAR;
  const terms = cashFlowTerms(p, i);
  const tax = money('Tax', 'Tax, after losses carried forward', -s.openaiTax[i]!);
  return {
    id: 'openai-economics',
    words:
      'OpenAI’s operating cash flow is its revenue less what it pays for compute (plus what it recovers on idle capacity), its other costs and the revenue share, plus the Azure OpenAI share it receives; free cash flow is that less tax (losses of earlier years offset up to 80% of a year’s income). Worked through for 2030:',
    symbols: 'OCF = Rev − Compute + Idle − Other − Share + Recv; FCF = OCF − Tax',
    assumptions: ['rev2030', 'gmEnd', 'opexShare', 'idleRecovery', 'taxRate', 'shareCap'],
    inputs: [...terms, tax],
    arithmetic: [
      `OCF = ${sumText(terms)} = ${usd(s.openaiOperatingCashFlow[i]!)}`,
      `FCF = ${usd(s.openaiOperatingCashFlow[i]!)} − ${usd(-tax.value)} = ${usd(s.openaiFreeCashFlow[i]!)}`,
    ],
    result: money('FCF', 'Free cash flow, 2030', s.openaiFreeCashFlow[i]!),
    note: v.taxRate > 0 ? undefined : 'No tax is charged at a 0% rate.',
  };
}

function holders(p: Projection, v: ScenarioValues): Explanation {
  const s = p.series;
  const i = p.years.length - 1;
  const y = p.years[i]!;
  const value = money(`V${sub(y)}`, `OpenAI’s equity value, ${y} (model)`, s.openaiValuation[i]!);
  const ms = rate('s', `Microsoft’s diluted stake, ${y}`, s.msftStake[i]!);
  const fs = rate('f', `The Foundation’s diluted stake, ${y}`, s.foundationStake[i]!);
  return {
    id: 'valuation',
    words: `The model values OpenAI each year as its cash plus every later year’s free cash flow discounted at the cost of equity, plus a terminal value; each holder’s part is its diluted stake times that value. Worked through for ${y}, the last year shown:`,
    symbols: 'Microsoft = s × V; Foundation = f × V; others = V − both',
    assumptions: ['costOfEquity', 'msftStake', 'foundationStake', 'round2026Raised', 'revGrowthTerminal'],
    inputs: [value, ms, fs],
    arithmetic: [
      `Microsoft: ${ms.shown} × ${value.shown} = ${usd(s.msftStakeValue[i]!)}`,
      `Foundation: ${fs.shown} × ${value.shown} = ${usd(s.foundationStakeValue[i]!)}`,
      `Others: ${value.shown} − ${usd(s.msftStakeValue[i]!)} − ${usd(s.foundationStakeValue[i]!)} = ${usd(s.othersStakeValue[i]!)}`,
    ],
    result: money('Microsoft', `Microsoft’s stake value, ${y}`, s.msftStakeValue[i]!),
    note:
      v.equityMode === 'stake'
        ? undefined
        : 'Under the 2019 terms Microsoft holds a profit share, so its stake is 0%.',
  };
}
