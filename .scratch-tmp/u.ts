import fc from 'fast-check';
import { toDisplay, fromDisplay, UNITS, type Unit } from '../models/index.ts';
for (const unit of Object.keys(UNITS) as Unit[]) {
  const r = fc.check(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
    const d = toDisplay(unit, x);
    const ad = Math.abs(d);
    fc.pre(ad === 0 || (ad >= 1e-6 && ad < 1e21));
    return Object.is(fromDisplay(unit, d), x === 0 ? 0 : x) || (x === 0 && fromDisplay(unit, d) === 0);
  }), { numRuns: 100000 });
  console.log(unit, r.failed, r.counterexample);
}
