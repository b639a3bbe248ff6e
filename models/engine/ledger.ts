/**
 * The two sides' ledgers: what the deal is worth to Microsoft and what it costs and gives OpenAI. Each part has
 * one stated basis (see LEDGER_META in models/outputs.ts); Microsoft's parts share one (present value in 2025
 * dollars, after tax) and sum to its headline, OpenAI's are shown side by side and never added.
 */

/** Microsoft's value from the deal, each part a present value in 2025 dollars after tax; they sum to the total. */
export interface MicrosoftLedger {
  /** Its OpenAI stake, projected: its share of OpenAI's payouts, then of its equity value at the horizon, at OpenAI's cost of equity. */
  stake: number;
  /** Revenue share received from OpenAI, after Microsoft's tax. */
  revenueShare: number;
  /** Operating profit Microsoft keeps on Azure OpenAI Service revenue, after tax. */
  azureOpenAIMargin: number;
  /** The share of Azure OpenAI Service revenue Microsoft pays OpenAI (negative), after tax. */
  azureOpenAIShare: number;
  /** The 2019 capped profit share, at OpenAI's cost of equity, after tax. */
  profitShare2019: number;
  /** Operating profit on hosting OpenAI's compute on Azure, after tax: a commercial sale, not a return on the investment. */
  hosting: number;
}

/** What the deal costs and gives OpenAI: present values (pre-tax, 2025 dollars) and nominal totals, never added. */
export interface OpenAILedger {
  /** Revenue share paid to Microsoft (negative): present value, pre-tax, at the rate for contracted cash flows. */
  revenueSharePaid: number;
  /** What the total cap saves OpenAI, 2025–30: nominal. */
  capSavingThrough2030: number;
  /** Azure OpenAI Service revenue share received from Microsoft: present value, pre-tax. */
  azureOpenAIShareReceived: number;
  /** Microsoft's investment received, 2019–24: nominal, at cost. */
  msftInvestmentReceived: number;
  /** New equity OpenAI must raise from 2026 until it is cash-flow positive (the Mar 2026 round included): nominal. */
  cashToRaiseUntilBreakEven: number;
}

export interface Ledger {
  microsoft: MicrosoftLedger;
  openai: OpenAILedger;
}

/** Money that changes hands between the two, as each side books it: one figure for payer and receiver alike. */
export interface Transfer {
  id: 'revenueShare' | 'azureOpenAIShare' | 'azureCompute' | 'investment';
  from: 'openai' | 'microsoft';
  to: 'openai' | 'microsoft';
  /** Sum of the yearly payments over the years shown (investment: 2019–24), nominal. */
  nominalShown: number;
  /** Present value in 2025 of every payment, before tax, at the rate for contracted cash flows (investment: nominal, at cost). */
  presentValue: number;
}
