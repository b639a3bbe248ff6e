/**
 * Reads Chromium's EventLatency trace events: one async span per input event, from the event's timestamp to the
 * presentation of the first frame showing its effects (the measure behind Chrome's INP metric). Chromium writes
 * each span when it reports the latency: the begin (`ph: "b"`, input type in its args), the stages in between
 * (…, `SubmitCompositorFrameToPresentationCompositorFrame`), then the end (`ph: "e"`), all on one track (pid, tid,
 * id). Ids are reused from span to span, so spans are paired in the order they were written, track by track.
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
  pid?: number;
  tid?: number;
  id?: string;
  id2?: { local?: string };
  args?: { event_latency?: { event_type?: string } };
}

/** The last stage of a span that reached the screen; spans without it ended before a frame showed them. */
export const PRESENTATION_STAGE = 'SubmitCompositorFrameToPresentationCompositorFrame';

export interface EventLatencies {
  /** Input → frame presented, ms, for the spans of the asked-for type that reached the screen. */
  presented: number[];
  /** Spans of that type that ended without a presented frame (Chromium reports some inputs that way). */
  unpresented: number;
}

export function eventLatencies(trace: Trace, type: LatencyType): EventLatencies {
  const open = new Map<string, { begin: TraceEvent; presented: boolean }>();
  const presented: number[] = [];
  let unpresented = 0;
  for (const e of trace.traceEvents) {
    if (e.ph !== 'b' && e.ph !== 'e') continue;
    const track = `${e.pid ?? ''}:${e.tid ?? ''}:${e.id2?.local ?? e.id ?? ''}`;
    const span = open.get(track);
    if (e.name === 'EventLatency') {
      if (e.ph === 'b') open.set(track, { begin: e, presented: false });
      else if (span) {
        open.delete(track);
        if (span.begin.args?.event_latency?.event_type !== type) continue;
        if (span.presented) presented.push((e.ts - span.begin.ts) / 1000);
        else unpresented++;
      }
    } else if (span && e.name === PRESENTATION_STAGE && e.ph === 'e') span.presented = true;
  }
  return { presented, unpresented };
}
