// Small inline-SVG charts drawn by hand: no library, printable, testable through the DOM.

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Every month from the first to the last one given ("2023-09"), with 0 where none. */
export function monthSeries(months, extraMonths = []) {
  const counts = new Map(months.map((m) => [m.month, m.calls]));
  const all = [...counts.keys(), ...extraMonths].sort();
  if (!all.length) return [];
  const series = [];
  let [year, month] = all[0].split('-').map(Number);
  const [lastYear, lastMonth] = all[all.length - 1].split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    const key = year + '-' + String(month).padStart(2, '0');
    series.push({ month: key, calls: counts.get(key) || 0 });
    month++;
    if (month > 12) { month = 1; year++; }
  }
  return series;
}

/**
 * Bars per month; markers (e.g. letters: {month, label}) as vertical lines.
 * Bars carry data-month and data-calls, markers data-label.
 */
export function monthBars(svg, series, markers = []) {
  svg.replaceChildren();
  const width = +svg.getAttribute('width'), height = +svg.getAttribute('height');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (!series.length) {
    svg.append(s('text', { x: 10, y: 20, class: 'empty' }, 'No dated calls.'));
    return;
  }
  const left = 45, bottom = 30, top = 20, plotW = width - left - 10, plotH = height - top - bottom;
  const max = Math.max(1, ...series.map((p) => p.calls));
  const step = Math.min(40, plotW / series.length);
  svg.append(s('line', { x1: left, y1: top + plotH, x2: width - 10, y2: top + plotH, class: 'axis' }));
  svg.append(s('text', { x: left - 5, y: top + 4, class: 'tick', 'text-anchor': 'end' }, String(max)));
  svg.append(s('text', { x: left - 5, y: top + plotH, class: 'tick', 'text-anchor': 'end' }, '0'));
  const labelEvery = Math.max(1, Math.ceil(series.length / 12));
  series.forEach((point, i) => {
    const barH = point.calls / max * plotH;
    const bar = s('rect', { x: left + i * step + 1, y: top + plotH - barH, width: Math.max(1, step - 2), height: barH,
      class: 'bar', 'data-month': point.month, 'data-calls': point.calls });
    bar.append(s('title', {}, `${point.month}: ${point.calls} calls`));
    svg.append(bar);
    if (i % labelEvery === 0) {
      svg.append(s('text', { x: left + i * step + step / 2, y: height - 10, class: 'tick', 'text-anchor': 'middle' }, point.month));
    }
  });
  for (const marker of markers) {
    const i = series.findIndex((p) => p.month === marker.month);
    if (i < 0) continue;
    const x = left + i * step + step / 2;
    const line = s('line', { x1: x, y1: top - 5, x2: x, y2: top + plotH, class: 'marker', 'data-label': marker.label });
    line.append(s('title', {}, marker.label));
    svg.append(line);
    const right = i > series.length / 2;
    svg.append(s('text', { x: right ? x - 3 : x + 3, y: top - 8, class: 'marker-label', 'text-anchor': right ? 'end' : 'start' },
      marker.short || marker.label));
  }
}

/** A line through points {x: label, y: value}, oldest first; each point a circle with data-value. */
export function line(svg, points, { format = (v) => v.toFixed(1) } = {}) {
  svg.replaceChildren();
  const width = +svg.getAttribute('width'), height = +svg.getAttribute('height');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (!points.length) {
    svg.append(s('text', { x: 10, y: 20, class: 'empty' }, 'No risk report has scored it yet.'));
    return;
  }
  const left = 45, bottom = 30, top = 15, plotW = width - left - 20, plotH = height - top - bottom;
  const max = Math.max(...points.map((p) => p.y)), min = Math.min(0, ...points.map((p) => p.y));
  const x = (i) => left + (points.length === 1 ? plotW / 2 : i * plotW / (points.length - 1));
  const y = (v) => top + plotH - (v - min) / ((max - min) || 1) * plotH;
  svg.append(s('line', { x1: left, y1: top + plotH, x2: width - 20, y2: top + plotH, class: 'axis' }));
  svg.append(s('text', { x: left - 5, y: top + 4, class: 'tick', 'text-anchor': 'end' }, format(max)));
  svg.append(s('text', { x: left - 5, y: top + plotH, class: 'tick', 'text-anchor': 'end' }, format(min)));
  svg.append(s('polyline', { points: points.map((p, i) => `${x(i)},${y(p.y)}`).join(' '), class: 'series', id: 'risk-series' }));
  points.forEach((p, i) => {
    const dot = s('circle', { cx: x(i), cy: y(p.y), r: 4, class: 'point', 'data-value': p.y, 'data-label': p.x });
    dot.append(s('title', {}, `${p.x}: ${format(p.y)}`));
    svg.append(dot);
  });
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, i) => {
    if (i % labelEvery === 0 || i === points.length - 1) {
      svg.append(s('text', { x: x(i), y: height - 10, class: 'tick', 'text-anchor': 'middle' }, p.x));
    }
  });
}
