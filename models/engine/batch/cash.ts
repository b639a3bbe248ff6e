import { FIRST_YEAR as FIRST_YEAR_ } from '../paths.ts';
import { states, type Col, type Params } from './block.ts';
import { YEARS as YEARS_ } from './inputs.ts';

const YEARS = YEARS_;
const FIRST_YEAR = FIRST_YEAR_;

/** What equity() of equity.ts returns that the simulation reads, for a block of samples. */
export interface EquityCols {
  readonly future: Col;
  readonly reserve: Col;
  readonly value: Col;
  readonly cash: Col;
  readonly raised: Col;
}

/** The holders' stakes valued, year by year, and Microsoft's stake projected (project.ts), per sample. */
export interface StakeCols {
  readonly msftStakeValue: Col;
  readonly foundationStakeValue: Col;
  readonly othersStakeValue: Col;
  readonly stakeNpv: Float64Array;
}

const scratch = states(5);

/**
 * equity() of equity.ts for block samples 0 to n, with each sample's terminal value given, and in the same pass
 * the stakes' values and Microsoft's stake projected as project() computes them from it (so the stakes and the
 * payouts are never stored): each year over every sample, the same operations in the same order for each.
 */
export function equityBlock(
  p: Params,
  n: number,
  holdsStake: boolean,
  fcf: Col,
  terminalValue: Float64Array,
  out: EquityCols,
  stakes: StakeCols,
): void {
  const { future, reserve, value, cash, raised } = out;
  const { msftStakeValue, foundationStakeValue, othersStakeValue, stakeNpv } = stakes;
  const { costOfEquity, horizonEnd } = p;
  const [held, msft, foundation, atKe, lastShown] = scratch;
  {
    const fa = future.arr[YEARS - 1]!;
    const fo = future.off[YEARS - 1]!;
    const ra = reserve.arr[YEARS - 1]!;
    const ro = reserve.off[YEARS - 1]!;
    for (let j = 0; j < n; j++) {
      fa[fo + j] = terminalValue[j]!;
      ra[ro + j] = 0;
    }
  }
  for (let i = YEARS - 2; i >= 0; i--) {
    const fa = future.arr[i]!;
    const fo = future.off[i]!;
    const fna = future.arr[i + 1]!;
    const fno = future.off[i + 1]!;
    const ra = reserve.arr[i]!;
    const ro = reserve.off[i]!;
    const rna = reserve.arr[i + 1]!;
    const rno = reserve.off[i + 1]!;
    const ca = fcf.arr[i + 1]!;
    const co = fcf.off[i + 1]!;
    for (let j = 0; j < n; j++) {
      const flow = ca[co + j]!;
      fa[fo + j] = (flow + fna[fno + j]!) / (1 + costOfEquity[j]!);
      ra[ro + j] = Math.max(0, rna[rno + j]! - flow);
    }
  }

  const { round2026Raised, valuation2026, msftStake: msftStart, foundationStake: foundationStart } = p;
  for (let j = 0; j < n; j++) {
    held[j] = 0;
    msft[j] = holdsStake ? msftStart[j]! : 0;
    foundation[j] = foundationStart[j]!;
    atKe[j] = 1;
    stakeNpv[j] = 0;
    const shown = horizonEnd[j]! - FIRST_YEAR + 1;
    lastShown[j] = shown - 1;
  }
  for (let i = 0; i < YEARS; i++) {
    const roundYear = FIRST_YEAR + i === 2026;
    const ca = fcf.arr[i]!;
    const co = fcf.off[i]!;
    const ra = reserve.arr[i]!;
    const ro = reserve.off[i]!;
    const fa = future.arr[i]!;
    const fo = future.off[i]!;
    const va = value.arr[i]!;
    const vo = value.off[i]!;
    const cha = cash.arr[i]!;
    const cho = cash.off[i]!;
    const rsa = raised.arr[i]!;
    const rso = raised.off[i]!;
    const mva = msftStakeValue.arr[i]!;
    const mvo = msftStakeValue.off[i]!;
    const fva = foundationStakeValue.arr[i]!;
    const fvo = foundationStakeValue.off[i]!;
    const ova = othersStakeValue.arr[i]!;
    const ovo = othersStakeValue.off[i]!;
    const notLast = i < YEARS - 1;
    for (let j = 0; j < n; j++) {
      const flow = ca[co + j]!;
      let before = held[j]! + flow;
      let round = 0;
      let keep = 1;
      const round2026 = round2026Raised[j]!;
      if (roundYear && round2026 > 0) {
        round = round2026;
        before += round;
        keep *= 1 - Math.min(1, round / valuation2026[j]!);
      }
      const topUp = before < 0 ? -before : 0;
      let h = before + topUp;
      let paidOut = 0;
      const reserved = ra[ro + j]!;
      if (flow > 0 && round === 0 && h > reserved) {
        paidOut = h - reserved;
        h = reserved;
      }
      held[j] = h;
      const worth = Math.max(0, h + fa[fo + j]!);
      if (topUp > 0 && i > 0) keep *= worth > topUp ? 1 - topUp / worth : 0;
      const m = msft[j]! * keep;
      const f = foundation[j]! * keep;
      msft[j] = m;
      foundation[j] = f;
      va[vo + j] = worth;
      cha[cho + j] = h;
      rsa[rso + j] = round + topUp;
      const msftValue = m * worth;
      const foundationValue = f * worth;
      mva[mvo + j] = msftValue;
      fva[fvo + j] = foundationValue;
      ova[ovo + j] = worth - msftValue - foundationValue;
      // Microsoft's share of payouts through the horizon, then of the equity at the horizon, at the cost of equity.
      const last = lastShown[j]!;
      const discount = atKe[j]!;
      if (i <= last) {
        stakeNpv[j]! += m * paidOut * discount;
        if (i === last) stakeNpv[j]! += msftValue * discount;
      }
      if (notLast) atKe[j] = discount / (1 + costOfEquity[j]!);
    }
  }
}
