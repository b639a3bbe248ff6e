import { describe, expect, it } from 'vitest';

import { eventLatencies, PRESENTATION_STAGE, type TraceEvent } from './eventLatency.ts';

const track = { pid: 1, tid: 2 };
const begin = (id: string, ts: number, type: string): TraceEvent => ({
  name: 'EventLatency',
  ph: 'b',
  ts,
  ...track,
  id2: { local: id },
  args: { event_latency: { event_type: type } },
});
const end = (id: string, ts: number): TraceEvent => ({
  name: 'EventLatency',
  ph: 'e',
  ts,
  ...track,
  id2: { local: id },
});
const stage = (name: string, id: string, from: number, to: number): TraceEvent[] => [
  { name, ph: 'b', ts: from, ...track, id2: { local: id } },
  { name, ph: 'e', ts: to, ...track, id2: { local: id } },
];
/** A span as Chromium writes it: begin, stages, end, on one track. */
const span = (id: string, from: number, to: number, type: string, reachedScreen = true): TraceEvent[] => [
  begin(id, from, type),
  ...stage('RendererMainProcessing', id, from + 1_000, from + 9_000),
  ...(reachedScreen ? stage(PRESENTATION_STAGE, id, to - 4_000, to) : []),
  end(id, to),
];

describe('eventLatencies', () => {
  it('measures each span that reached the screen, in ms, even when spans reuse an id', () => {
    const traceEvents = [
      ...span('0x7', 1_000_000, 1_016_500, 'KEY_PRESSED'),
      ...span('0x7', 1_050_000, 1_068_000, 'KEY_PRESSED'),
    ];
    expect(eventLatencies({ traceEvents }, 'KEY_PRESSED')).toEqual({ presented: [16.5, 18], unpresented: 0 });
  });

  it('keeps spans apart by track and in the order written, not by timestamp', () => {
    // A key release on another thread, reported first although it began later.
    const release = span('0x7', 1_010_000, 1_020_000, 'KEY_RELEASED').map((e) => ({ ...e, tid: 3 }));
    const traceEvents = [...release, ...span('0x7', 1_000_000, 1_030_000, 'KEY_PRESSED')];
    expect(eventLatencies({ traceEvents }, 'KEY_PRESSED').presented).toEqual([30]);
  });

  it('counts spans that ended without a presented frame instead of measuring them', () => {
    const traceEvents = [
      ...span('0x1', 0, 20_000, 'MOUSE_DRAGGED', false),
      ...span('0x1', 40_000, 61_000, 'MOUSE_DRAGGED'),
      ...span('0x2', 50_000, 55_000, 'KEY_RELEASED'),
      end('0x9', 70_000), // never began: the trace started mid-span
      begin('0x3', 80_000, 'MOUSE_DRAGGED'), // never ends: the trace stopped first
    ];
    expect(eventLatencies({ traceEvents }, 'MOUSE_DRAGGED')).toEqual({ presented: [21], unpresented: 1 });
    expect(eventLatencies({ traceEvents }, 'KEY_PRESSED')).toEqual({ presented: [], unpresented: 0 });
  });

  it('reads the top-level id when there is no id2', () => {
    const traceEvents = span('0x7', 0, 8_000, 'KEY_PRESSED').map(({ id2, ...e }) => ({
      ...e,
      id: id2?.local,
    }));
    expect(eventLatencies({ traceEvents }, 'KEY_PRESSED').presented).toEqual([8]);
  });
});
