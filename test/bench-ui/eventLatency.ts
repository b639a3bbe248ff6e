/**
 * Reads Chromium's EventLatency trace events: one async span per input event, from the event's timestamp to the
 * presentation of the first frame showing its effects (the measure behind Chrome's INP metric). Spans begin with
 * `ph: "b"` and end with `ph: "e"` under the same id; the input type is in the begin event's args.
 */
/** Chromium's names for the input types measured here. */
export type LatencyType = 'KEY_PRESSED' | 'MOUSE_DRAGGED';

export interface Trace {
  traceEvents: TraceEvent[];
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  id?: string;
  id2?: { local?: string };
  args?: { event_latency?: { event_type?: string } };
}

/** EventLatency durations (ms) of the given input type, from a Chromium trace. */
export function eventLatencies(trace: Trace, type: LatencyType): number[] {
  const begun = new Map<string, TraceEvent>();
  const out: number[] = [];
  for (const e of [...trace.traceEvents].sort((a, b) => a.ts - b.ts)) {
    if (e.name !== 'EventLatency') continue;
    const id = e.id2?.local ?? e.id ?? '';
    if (e.ph === 'b') begun.set(id, e);
    else if (e.ph === 'e') {
      const b = begun.get(id);
      begun.delete(id);
      if (b?.args?.event_latency?.event_type === type) out.push((e.ts - b.ts) / 1000);
    }
  }
  return out;
}
