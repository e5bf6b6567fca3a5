// A provider: profile, counters by role, registry filing and flags, the network drawn,
// letters on a timeline with the traffic before and after, risk over time, non-responses.
import { api, apiOrNull, h, fill, facts, table, status, problemText, ready, pngDownload, pages, link, providerLink,
  campaignLink, num, time, words, enc } from './app.js';
import { monthSeries, monthBars, line } from './charts.js';
import { loadNetwork, networkElements, networkStyle, MAX_DRAWN_EDGES } from './network.js';

const main = document.getElementById('content');
const providerId = main.dataset.providerId;
const browserBase = main.dataset.neo4jBrowser || null;
const base = '/api/providers/' + enc(providerId);

function neo4jBrowserLink(direction, depth) {
  if (!browserBase) return null;
  const arrow = direction === 'upstream' ? `(:Provider)-[:ROUTES_TO*1..${depth}]->(:Provider {providerId: $providerId})`
    : `(:Provider {providerId: $providerId})-[:ROUTES_TO*1..${depth}]->(:Provider)`;
  const query = `:params {providerId: ${JSON.stringify(providerId)}};\n// The ${direction} network, ${depth} hand-overs deep\n`
    + `MATCH route = ${arrow}\nRETURN route LIMIT 100;`;
  return link(browserBase + 'cmd=edit&arg=' + enc(query), 'Open the network in Neo4j Browser', { id: 'neo4j-browser', rel: 'noopener' });
}

function renderProfile(p) {
  fill('title', p.name || p.id);
  document.title = (p.name || p.id) + ' · Traceback Graph';
  facts('profile', [
    ['Id', p.id], ['Name', p.name || '—'], ['Country', p.country || '—'], ['Foreign', p.foreign ? 'yes' : 'no'],
    ['Traced calls', num(p.tracedCalls)], ['Hops', num(p.tracedHops)],
    ['Not answered', num(p.noResponses)], ['Answered late (> 24 h)', num(p.lateResponses)],
    ['Share not answered', p.nonResponseShare === undefined || p.nonResponseShare === null ? '—' : (p.nonResponseShare * 100).toFixed(1) + ' %'],
    ['First call', p.firstSeen || '—'], ['Last call', p.lastSeen || '—']
  ]);
  const r = p.byRole || {};
  fill('roles', table('Traced calls by the provider\'s role on them', ['Role', 'Calls'],
    [['Originating', num(r.originating)], ['Gateway', num(r.gateway)], ['Intermediate', num(r.intermediate)],
      ['Terminating', num(r.terminating)], ['Unknown position', num(r.unknown)]], { numeric: [1] }));
  fill('campaigns', table('Campaigns' + (p.campaignsTruncated ? ' (top 20)' : ''), ['Campaign', 'Calls'],
    p.campaigns.map((c) => [campaignLink(c.name), num(c.calls)]), { numeric: [1] }));
  const partners = (list) => list.map((x) => [providerLink(x.id, x.name), num(x.calls), x.firstSeen || '—', x.lastSeen || '—']);
  fill('partners',
    table('Upstream: who hands it most calls' + (p.upstreamTruncated ? ' (top 10)' : ''), ['Provider', 'Calls', 'First', 'Last'], partners(p.upstream), { numeric: [1], empty: 'Nobody hands it calls.' }),
    table('Downstream: whom it hands most calls' + (p.downstreamTruncated ? ' (top 10)' : ''), ['Provider', 'Calls', 'First', 'Last'], partners(p.downstream), { numeric: [1], empty: 'It hands calls to nobody.' }));
  fill('evidence-links',
    link(pages.evidence(p.id), 'Evidence chart', { id: 'evidence-link' }), ' ',
    link(base + '/evidence.csv', 'Evidence as CSV', { id: 'evidence-csv', download: 'evidence-' + p.id + '.csv' }));
}

async function renderRegistry() {
  const registry = await apiOrNull(base + '/registry');
  if (!registry) return;
  const section = document.getElementById('registry-section');
  const filings = registry.filings || [];
  fill('registry',
    table('Filings linked to this provider', ['RMD number', 'FRN', 'Business name', 'Also known as', 'STIR/SHAKEN',
      'Declares', 'Foreign', 'Last updated', 'Removed', 'Link'],
    filings.map((f) => [f.filingUrl ? h('a', { href: f.filingUrl, rel: 'noopener noreferrer', target: '_blank' }, f.rmdNumber) : f.rmdNumber,
      f.frn || '—', f.businessName || '—', (f.dbaNames || []).join(', ') || '—', f.implementation || '—',
      [f.declaresVoice ? 'voice' : null, f.declaresGateway ? 'gateway' : null, f.declaresIntermediate ? 'intermediate' : null].filter(Boolean).join(', ') || '—',
      f.foreign ? 'yes' : 'no', f.lastUpdated || '—',
      f.removedOn ? h('span', { class: 'badge no-response' }, 'REMOVED ' + f.removedOn) : '—',
      f.link ? [words(f.link.status), f.link.method ? ' (' + words(f.link.method) + (f.link.confidence !== undefined && f.link.confidence !== null ? ', ' + f.link.confidence : '') + ')' : '', f.link.reason ? ': ' + f.link.reason : ''].join('') : '—']),
    { empty: 'No registry filing is linked to this provider.' }),
    (registry.candidates || []).length ? table('Filings that may be this provider (not linked)', ['RMD number', 'Business name', 'Score', 'Why'],
      registry.candidates.map((c) => [c.rmdNumber, c.businessName || '—', c.score ?? '—', c.reason || '—'])) : '',
    (registry.flags || []).length ? h('ul', { class: 'flags', id: 'registry-flags' }, registry.flags.map((flag) =>
      h('li', {}, h('span', { class: 'badge flag' }, typeof flag === 'string' ? words(flag) : words(flag.code || flag.flag || flag.name || 'flag')),
        typeof flag === 'string' ? '' : ' ' + (flag.reason || flag.detail || flag.description || ''))))
      : h('p', { class: 'empty' }, 'No registry flags.'));
  section.hidden = false;
}

let networkCy = null;

function networkSettings() {
  const form = document.getElementById('network-form');
  return { direction: form.direction.value, depth: +form.depth.value, from: form.from.value, to: form.to.value,
    campaign: form.campaign.value.trim() };
}

async function renderNetwork() {
  const settings = networkSettings();
  const message = document.getElementById('network-status');
  message.className = 'status';
  message.textContent = 'Drawing…';
  const browser = neo4jBrowserLink(settings.direction, settings.depth);
  if (browser) fill('browser-link', browser);
  try {
    const network = await loadNetwork(providerId, settings.direction, settings);
    const elements = networkElements(network, settings.direction);
    if (networkCy) networkCy.destroy();
    const many = elements.length > 300;
    networkCy = cytoscape({ container: document.getElementById('network'), elements,
      style: networkStyle(network.edges.length <= 150, many), layout: { name: 'preset', fit: true, padding: 20 },
      maxZoom: 1.2, boxSelectionEnabled: false, autoungrabify: true,
      // A big network stays responsive while it is moved or zoomed.
      hideEdgesOnViewport: many, textureOnViewport: many });
    window.cy = networkCy;
    networkCy.on('tap', 'node', (event) => {
      const id = event.target.id();
      if (id !== providerId) {
        const s = networkSettings();
        const keep = new URLSearchParams({ direction: s.direction, depth: String(s.depth) });
        if (s.from) keep.set('from', s.from);
        if (s.to) keep.set('to', s.to);
        if (s.campaign) keep.set('campaign', s.campaign);
        window.location.assign(pages.provider(id) + '?' + keep);
      }
    });
    const nodes = network.nodes.length - 1;
    message.textContent = (settings.direction === 'upstream' ? 'Upstream: ' : 'Downstream: ') + num(nodes)
      + ' provider' + (nodes === 1 ? '' : 's') + ' within ' + settings.depth + ' hand-over' + (settings.depth === 1 ? '' : 's')
      + ', ' + num(network.edges.length) + ' hand-overs.'
      + (network.truncated ? ' More providers are in reach than drawn (the nearest are kept).' : '')
      + ((network.edgesTruncated || network.edges.length > MAX_DRAWN_EDGES) ? ' Only the busiest hand-overs are drawn; the tables list every one read.' : '');
    const names = new Map(network.nodes.map((node) => [node.id, node.name || node.id]));
    const LISTED = 500;
    const more = (count) => count > LISTED ? h('p', { class: 'hint' }, 'The first ' + LISTED + ' of ' + num(count) + '.') : '';
    fill('network-nodes', table('Providers in the network', ['Provider', 'Distance', 'Country', 'Calls'],
      network.nodes.slice(0, LISTED).map((node) => [node.id === providerId ? (node.name || node.id) : providerLink(node.id, node.name),
        node.distance, node.country || '—', num(node.calls)]), { numeric: [1, 3] }), more(network.nodes.length));
    const edges = [...network.edges].sort((a, b) => b.calls - a.calls);
    fill('network-edges', table('Hand-overs (call direction), busiest first', ['From', 'To', 'Calls', 'First', 'Last'],
      edges.slice(0, LISTED).map((edge) => [providerLink(edge.from, names.get(edge.from)), providerLink(edge.to, names.get(edge.to)),
        num(edge.calls), edge.firstSeen || '—', edge.lastSeen || '—']), { numeric: [2] }), more(edges.length));
    performance.mark('network-drawn');
  } catch (error) {
    message.className = 'status problem';
    message.textContent = problemText(error);
    throw error;
  }
}

async function renderLetters() {
  const [letters, months] = await Promise.all([api(base + '/letters?size=50'), api(base + '/calls-by-month')]);
  const markers = letters.items.filter((l) => l.issuedOn).map((l) => ({ month: l.issuedOn.substring(0, 7),
    label: (l.issuer || 'Letter') + ' ' + l.issuedOn + (l.kind ? ' (' + l.kind + ')' : ''), short: l.issuedOn }));
  monthBars(document.getElementById('traffic'), monthSeries(months.months, markers.map((m) => m.month)), markers);
  fill('letters', table('Letters received, newest first', ['Letter', 'From', 'Date', 'Kind', 'Calls before', 'Calls on or after', 'Last call after'],
    letters.items.map((l) => [l.letterId, l.issuer || '—', l.issuedOn || '—', l.kind || '—', num(l.callsBefore),
      num(l.callsOnOrAfter), l.lastCallAfter || (l.callsOnOrAfter ? '—' : 'none: it stopped')]),
    { numeric: [4, 5], empty: 'No letter has been sent to this provider.' }));
}

async function renderRisk() {
  const history = await api(base + '/risk-history?size=100');
  const points = [...history.items].reverse().map((e) => ({ x: e.referenceDate || (e.startedAt || '').substring(0, 10), y: e.score }));
  line(document.getElementById('risk-chart'), points);
  fill('risk', table('Risk score in each report, newest first', ['Report', 'Reference date', 'Rank', 'Score', 'Change'],
    history.items.map((e) => [e.reportId, e.referenceDate || '—', e.rank + (e.providers ? ' of ' + num(e.providers) : ''),
      e.score.toFixed(2), e.isNew ? 'new' : (e.change === null || e.change === undefined ? '—' : (e.change > 0 ? '+' : '') + e.change.toFixed(2))]),
    { numeric: [3, 4], empty: 'No complete risk report has scored this provider.' }));
}

async function renderNonResponses(page = 0) {
  const result = await api(base + '/non-responses?size=20&page=' + page);
  const rows = result.items.map((n) => [link(pages.traceback(n.tracebackId), n.tracebackId),
    n.callId ? link(pages.call(n.callId), n.callId) : '—', n.callDate || '—', campaignLink(n.campaign), words(n.role),
    n.notifiedAt ? time(n.notifiedAt) : (n.notifiedOn || '—'),
    h('span', { class: 'badge ' + (n.kind === 'LATE' ? 'late' : 'no-response') }, n.kind === 'LATE' ? 'LATE (' + n.hoursTaken + ' h)' : 'NO RESPONSE')]);
  const target = document.getElementById('non-responses');
  const pager = h('p', { class: 'actions' },
    page > 0 ? h('button', { type: 'button', onclick: () => renderNonResponses(page - 1) }, 'Newer') : null,
    result.hasMore ? h('button', { type: 'button', id: 'non-responses-more', onclick: () => renderNonResponses(page + 1) }, 'Older') : null);
  fill(target, table('Tracebacks not answered, or answered more than 24 hours late (page ' + (page + 1) + ')',
    ['Traceback', 'Call', 'Call date', 'Campaign', 'Role', 'Asked', 'What'], rows,
    { empty: 'It answered every traceback within 24 hours.' }), pager);
}

function initialiseForm() {
  const form = document.getElementById('network-form');
  const query = new URLSearchParams(window.location.search);
  if (['upstream', 'downstream'].includes(query.get('direction'))) form.direction.value = query.get('direction');
  if (/^[1-6]$/.test(query.get('depth') || '')) form.depth.value = query.get('depth');
  for (const name of ['from', 'to', 'campaign']) if (query.get(name)) form[name].value = query.get(name);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    renderNetwork().catch(() => {});
  });
}

async function start() {
  initialiseForm();
  pngDownload(document.getElementById('png'), () => networkCy, 'network-' + providerId + '.png');
  // Every section asks for its data at once, beside the profile: the page takes as long as
  // its slowest answer, not the sum of two.
  const profileAnswer = api(base);
  const sections = [renderNetwork(), renderRegistry(), renderLetters(), renderRisk(), renderNonResponses()];
  let profile;
  try {
    profile = await profileAnswer;
  } catch (error) {
    await Promise.allSettled(sections);
    status(error.status === 404 ? 'No such provider.' : problemText(error), 'problem');
    ready('error');
    return;
  }
  renderProfile(profile);
  status('');
  const results = await Promise.allSettled(sections);
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length) status('Some sections could not be loaded: ' + failed.map((r) => problemText(r.reason)).join('; '), 'problem');
  ready(failed.length ? 'partial' : 'true');
}

start();
