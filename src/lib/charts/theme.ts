/**
 * Chart colours for light and dark pages. Azure is always the strong blue. Series drawn next to each other (in a
 * stack or a legend) alternate light and dark, so they stay apart for the common colour-vision deficiencies too:
 * test/ui/palette.test.ts simulates them and measures every adjacent pair.
 */
export interface ChartTheme {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly azure: string;
  /** Colours of the other providers, in PROVIDERS order after Azure. */
  readonly providers: readonly string[];
  readonly revenue: string;
  readonly cost: string;
  readonly positive: string;
  readonly negative: string;
  readonly share: string;
  /** What the cap removes: opaque, at least 3:1 against the card (a graphical object), apart from `share`. */
  readonly shareGhost: string;
  readonly rate: string;
  readonly stake: string;
  readonly foundation: string;
  readonly marker: string;
  /** Everyone else's share of OpenAI's equity (employees, other investors). */
  readonly others: string;
  /** A total bar (the waterfall's last bar). */
  readonly total: string;
  /** Reported rounds: market marks, drawn as points over the model. */
  readonly round: string;
  /** Contracted compute paid for but not needed. */
  readonly idle: string;
  /** Operating cash flow (pre-tax) and free cash flow (after tax): one colour each, whatever the sign. */
  readonly operating: string;
  readonly freeCash: string;
  /** New equity raised. */
  readonly funding: string;
  /** Text written on a coloured bar. */
  readonly onBar: string;
  /** Behind marker labels, so they stay legible over bars. */
  readonly labelBackground: string;
  /** Pinned scenarios 1–3, drawn as thin dashed lines over every chart (each also has its own dash). */
  readonly pins: readonly string[];
}

export const LIGHT_THEME: ChartTheme = {
  text: '#1f2933',
  muted: '#52606d',
  grid: 'rgba(31, 41, 51, 0.1)',
  azure: '#0f6cbd',
  providers: ['#e8743b', '#882d55', '#f2c14e', '#a8551e', '#6cc08b', '#526472', '#c5b3e6'],
  revenue: '#1f2933',
  cost: '#c74634',
  positive: '#3f9f6f',
  negative: '#c53030',
  share: '#0b4f8f',
  shareGhost: '#5b94cb',
  rate: '#d97706',
  stake: '#0f6cbd',
  foundation: '#3b9c6e',
  marker: '#52606d',
  others: '#b8c2cc',
  total: '#1f2933',
  round: '#1f2933',
  idle: '#b83280',
  operating: '#9fb3c8',
  freeCash: '#334e68',
  funding: '#b7791f',
  onBar: '#ffffff',
  labelBackground: 'rgba(255, 255, 255, 0.85)',
  pins: ['#000000', '#c2185b', '#00796b'],
};

export const DARK_THEME: ChartTheme = {
  text: '#e4e7eb',
  muted: '#9aa5b1',
  grid: 'rgba(228, 231, 235, 0.12)',
  azure: '#4da3ff',
  providers: ['#d06347', '#c2a4cd', '#825d11', '#f6a04d', '#2c7661', '#9ba8a6', '#6a58a0'],
  revenue: '#e4e7eb',
  cost: '#f0765f',
  positive: '#7ee0a8',
  negative: '#e05252',
  share: '#4da3ff',
  shareGhost: '#3670a8',
  rate: '#f6ad55',
  stake: '#4da3ff',
  foundation: '#7ee0a8',
  marker: '#9aa5b1',
  others: '#616e7c',
  total: '#e4e7eb',
  round: '#f5f7fa',
  idle: '#f687b3',
  operating: '#627d98',
  freeCash: '#bcccdc',
  funding: '#f6e05e',
  onBar: '#0d1117',
  labelBackground: 'rgba(22, 27, 34, 0.85)',
  pins: ['#ffffff', '#ff8ab8', '#ffd166'],
};
