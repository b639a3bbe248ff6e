/** The bench's probe (slider-latency.ts): the frame after a figure first reports a drawn chart. */
export const FIRST_CHART_PROBE = `(() => {
  const check = () => {
    if (document.querySelector('figure[data-drawn-version]')) {
      requestAnimationFrame(() => (window.__firstChart = { painted: performance.now() }));
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;
