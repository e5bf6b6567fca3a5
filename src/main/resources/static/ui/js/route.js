// The route of a call: drawn origin first, each hop a box, the breaks where and why the
// chain stops, the providers known only at an unknown hop apart; then the same as tables.
import { api, h, fill, facts, table, status, problemText, ready, pngDownload, pages, link, providerLink,
  campaignLink, numberLink, time, words } from './app.js';

const main = document.getElementById('content');
const callId = main.dataset.callId;
const tracebackId = main.dataset.tracebackId;

export const BREAK_REASONS = {
  NO_RESPONSE: 'the provider did not answer',
  NOT_FOUND: 'the provider could not find the call',
  FOREIGN_ORIGIN: 'foreign origin: traced no further',
  UPSTREAM_NOT_TRACED: 'the upstream it named was not traced',
  POSITION_GAP: 'hops are missing here',
  POSITION_UNKNOWN: 'a provider carried it at an unknown hop',
  NO_HOPS: 'no provider is named'
};

function hoursLate(hop) {
  if (!hop.late || !hop.notifiedAt || !hop.respondedAt) return null;
  return Math.round((new Date(hop.respondedAt) - new Date(hop.notifiedAt)) / 3_600_000);
}

function hopMarks(hop) {
  const marks = [];
  if (hop.response === 'NO_RESPONSE') marks.push('NO RESPONSE');
  if (hop.late) marks.push('LATE' + (hoursLate(hop) ? ' (' + hoursLate(hop) + ' h)' : ''));
  return marks;
}

function hopLabel(hop) {
  const lines = [hop.provider.name || hop.provider.id];
  lines.push(words(hop.role) + (hop.provider.foreign ? ' · ' + (hop.provider.country || 'foreign') : ''));
  lines.push(hop.response ? words(hop.response) : 'no answer recorded');
  if (hop.notifiedOn || hop.notifiedAt) lines.push('asked ' + (hop.notifiedAt ? time(hop.notifiedAt) : hop.notifiedOn));
  if (hop.respondedOn || hop.respondedAt) lines.push('answered ' + (hop.respondedAt ? time(hop.respondedAt) : hop.respondedOn));
  lines.push(...hopMarks(hop));
  return lines.join('\n');
}

function hopClasses(hop) {
  return ['hop', hop.late ? 'late' : '', hop.response === 'NO_RESPONSE' ? 'no-response' : '',
    hop.provider.foreign ? 'foreign' : '', (hop.role || '').toLowerCase()].filter(Boolean).join(' ');
}

/** Cytoscape elements: the chain in call order with breaks inserted, the unplaced hops apart. */
export function routeElements(route) {
  const elements = [];
  const breaksAt = new Map();
  for (const b of route.breaks || []) if (b.position !== null && b.position !== undefined) breaksAt.set(b.position, b);
  let x = 0;
  let previous = null;
  route.hops.forEach((hop) => {
    const id = 'hop-' + hop.position;
    const brk = breaksAt.get(hop.position);
    if (brk) {
      const breakId = 'break-' + hop.position;
      elements.push({ group: 'nodes', data: { id: breakId, label: '✕ chain stops\n' + BREAK_REASONS[brk.reason], reason: brk.reason,
        kind: 'break' }, position: { x, y: 0 }, classes: 'break' });
      if (previous) elements.push({ group: 'edges', data: { id: previous + '>' + breakId, source: previous, target: breakId }, classes: 'broken' });
      previous = breakId;
      x += 200;
    }
    elements.push({ group: 'nodes', data: { id, label: hopLabel(hop), providerId: hop.provider.id, position: hop.position,
      role: hop.role, response: hop.response || null, late: !!hop.late, kind: 'hop' }, position: { x, y: 0 }, classes: hopClasses(hop) });
    if (previous) {
      elements.push({ group: 'edges', data: { id: previous + '>' + id, source: previous, target: id },
        classes: previous.startsWith('break') ? 'broken' : '' });
    }
    previous = id;
    x += 230;
  });
  const unplaced = route.unplacedHops || [];
  if (unplaced.length) {
    elements.push({ group: 'nodes', data: { id: 'unplaced', label: 'Carried the call, position unknown', kind: 'group' }, classes: 'group' });
    unplaced.forEach((hop, i) => {
      elements.push({ group: 'nodes', data: { id: 'unplaced-' + hop.provider.id, parent: 'unplaced', label: hopLabel(hop),
        providerId: hop.provider.id, role: hop.role, response: hop.response || null, late: !!hop.late, kind: 'unplaced' },
        position: { x: i * 230, y: route.hops.length ? 230 : 0 }, classes: hopClasses(hop) + ' unplaced' });
    });
  }
  return elements;
}

const STYLE = [
  { selector: 'node', style: { shape: 'round-rectangle', width: 190, height: 110, 'background-color': '#f4f6fa',
    'border-width': 2, 'border-color': '#4a5568', label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 180,
    'text-valign': 'center', 'text-halign': 'center', 'font-size': 11, color: '#1a202c', 'font-family': 'sans-serif' } },
  { selector: 'node.originating', style: { 'background-color': '#fde8e8' } },
  { selector: 'node.gateway', style: { 'background-color': '#fef3c7' } },
  { selector: 'node.terminating', style: { 'background-color': '#e6f0fb' } },
  { selector: 'node.late', style: { 'border-color': '#b45309', 'border-width': 4, 'border-style': 'dashed' } },
  { selector: 'node.no-response', style: { 'border-color': '#c53030', 'border-width': 5 } },
  { selector: 'node.break', style: { shape: 'octagon', width: 150, height: 80, 'background-color': '#fff5f5',
    'border-color': '#c53030', color: '#9b2c2c', 'font-weight': 'bold' } },
  { selector: 'node.group', style: { shape: 'round-rectangle', 'background-color': '#fafafa', 'border-style': 'dotted',
    'text-valign': 'top', 'text-halign': 'center', 'font-size': 12, 'padding': 12 } },
  { selector: 'edge', style: { width: 3, 'line-color': '#4a5568', 'target-arrow-color': '#4a5568',
    'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
  { selector: 'edge.broken', style: { 'line-style': 'dashed', 'line-color': '#c53030', 'target-arrow-color': '#c53030' } }
];

function draw(route) {
  const container = document.getElementById('graph');
  container.classList.toggle('two-rows', (route.unplacedHops || []).length > 0 && route.hops.length > 0);
  const elements = routeElements(route);
  window.cy = cytoscape({ container, elements, style: STYLE, layout: { name: 'preset', fit: true, padding: 20 },
    maxZoom: 1.3, userZoomingEnabled: false, userPanningEnabled: false, boxSelectionEnabled: false, autoungrabify: true });
  window.cy.on('tap', 'node[providerId]', (event) => window.location.assign(pages.provider(event.target.data('providerId'))));
}

function hopRow(hop) {
  return [hop.position ?? '?', providerLink(hop.provider.id, hop.provider.name), words(hop.role),
    hop.response ? words(hop.response) : '—',
    hop.notifiedAt ? time(hop.notifiedAt) : (hop.notifiedOn || '—'),
    hop.respondedAt ? time(hop.respondedAt) : (hop.respondedOn || '—'),
    hopMarks(hop).map((mark) => h('span', { class: 'badge ' + (mark.startsWith('LATE') ? 'late' : 'no-response') }, mark)),
    hop.attestation || '—'];
}

const HOP_COLUMNS = ['Position', 'Provider', 'Role', 'Response', 'Asked', 'Answered', 'Marks', 'Attestation'];

function render(route) {
  const call = route.call || {};
  fill('title', callId ? 'Route of call ' + callId : 'Traceback ' + route.tracebackId);
  document.title = (callId ? 'Call ' + callId : 'Traceback ' + route.tracebackId) + ' · Traceback Graph';
  fill('verdict', h('span', { class: 'badge ' + (route.complete ? 'complete' : 'break') }, route.complete ? 'COMPLETE' : 'BROKEN'),
    ' Status ', words(route.status), route.complete ? ': the chain reaches the origin.' :
      ': the chain stops before the origin (' + (route.breaks || []).map((b) => BREAK_REASONS[b.reason]).join('; ') + ').');
  draw(route);
  fill('hops', table('Hops with a known position, origin first', HOP_COLUMNS, route.hops.map(hopRow),
    { empty: 'No hop has a known position.' }));
  fill('unplaced', (route.unplacedHops || []).length ? table('Providers that carried the call at an unknown hop',
    HOP_COLUMNS, route.unplacedHops.map(hopRow)) : '');
  fill('breaks', (route.breaks || []).length ? table('Where the chain stops', ['After position', 'Provider', 'Why'],
    route.breaks.map((b) => [b.position ?? '—', b.providerId ? providerLink(b.providerId) : '—', BREAK_REASONS[b.reason] || b.reason])) : '');
  facts('call', [
    ['Call', call.callId ? link(pages.call(call.callId), call.callId) : '—'],
    ['Traceback', link(pages.traceback(route.tracebackId), route.tracebackId)],
    ['Made', call.startedAt ? time(call.startedAt) : (call.startedOn || '—')],
    ['Campaign', campaignLink(call.campaign)],
    ['Caller ID', numberLink(call.callerId)],
    ['Called number', call.calledNumber || '—'],
    ['Attestation (STIR/SHAKEN)', call.attestation || '—'],
    ['Recording', call.recordingUrl ? h('a', { href: call.recordingUrl, rel: 'noopener noreferrer', target: '_blank' }, 'listen (opens the portal)') : '—'],
    ['Violations cited', (call.violations || []).length ? h('ul', {}, call.violations.map((v) => h('li', {}, v))) : '—'],
    ['Source', route.source || '—'],
    ['First notification', route.notifiedAt ? time(route.notifiedAt) : (route.notifiedOn || '—')],
    route.note ? ['Note', route.note] : null,
    ['Other tracebacks of this call', (route.otherTracebackIds || []).length
      ? h('ul', { id: 'other-tracebacks' }, route.otherTracebackIds.map((id) => h('li', {}, link(pages.traceback(id), id)))) : 'none']
  ]);
}

async function main_() {
  const path = callId ? '/api/calls/' + encodeURIComponent(callId) + '/route' : '/api/tracebacks/' + encodeURIComponent(tracebackId);
  try {
    const route = await api(path);
    render(route);
    status('');
    ready();
  } catch (error) {
    status(error.status === 404 ? 'No such ' + (callId ? 'call' : 'traceback') + '.' : problemText(error), 'problem');
    ready('error');
  }
}

pngDownload(document.getElementById('png'), () => window.cy, 'route-' + (callId || tracebackId) + '.png');
main_();
