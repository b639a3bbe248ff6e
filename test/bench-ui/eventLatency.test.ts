import { describe, expect, it } from 'vitest';

import { eventLatencies, type TraceEvent } from './eventLatency.ts';

const begin = (id: string, ts: number, type: string): TraceEvent => ({
  name: 'EventLatency',
  ph: 'b',
  ts,
  id2: { local: id },
  args: { event_latency: { event_type: type } },
});
const end = (id: string, ts: number): TraceEvent => ({
  name: 'EventLatency',
  ph: 'e',
  ts,
  id2: { local: id },
});

describe('eventLatencies', () => {
  it('pairs begin and end by id, in microseconds → milliseconds, whatever order the trace lists them in', () => {
    const traceEvents = [
      end('0x2', 1_030_000),
      begin('0x1', 1_000_000, 'KEY_PRESSED'),
      begin('0x2', 1_012_000, 'KEY_PRESSED'),
      end('0x1', 1_016_500),
    ];
    expect(eventLatencies({ traceEvents }, 'KEY_PRESSED')).toEqual([16.5, 18]);
  });

  it('keeps only the asked-for input type and ignores other events and unmatched halves', () => {
    const traceEvents: TraceEvent[] = [
      begin('0x1', 0, 'KEY_RELEASED'),
      end('0x1', 5_000),
      begin('0x2', 10_000, 'MOUSE_DRAGGED'),
      end('0x2', 31_000),
      { name: 'RendererMainProcessing', ph: 'b', ts: 10_000, id2: { local: '0x2' } },
      begin('0x3', 40_000, 'MOUSE_DRAGGED'), // never ends: the trace stopped first
      end('0x9', 50_000), // never began
    ];
    expect(eventLatencies({ traceEvents }, 'MOUSE_DRAGGED')).toEqual([21]);
    expect(eventLatencies({ traceEvents }, 'KEY_PRESSED')).toEqual([]);
  });

  it('reads the legacy top-level id when there is no id2', () => {
    const traceEvents: TraceEvent[] = [
      {
        name: 'EventLatency',
        ph: 'b',
        ts: 0,
        id: '0x7',
        args: { event_latency: { event_type: 'KEY_PRESSED' } },
      },
      { name: 'EventLatency', ph: 'e', ts: 8_000, id: '0x7' },
    ];
    expect(eventLatencies({ traceEvents }, 'KEY_PRESSED')).toEqual([8]);
  });
});
