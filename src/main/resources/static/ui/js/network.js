// The provider network around one provider, drawn with calls as edge weights: its providers
// (each with the calls it moved) in one answer, the hand-overs among them paged from .../edges.
import { api } from './app.js';

const EDGE_PAGE_SIZE = 200;

/** Most edge pages read for one drawing (the drawing says when it stopped there). */
export const MAX_EDGE_PAGES = 10;

export async function loadNetwork(providerId, direction, { depth, from, to, campaign }) {
  const query = new URLSearchParams({ depth: String(depth) });
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  if (campaign) query.set('campaign', campaign);
  const base = '/api/providers/' + encodeURIComponent(providerId) + '/' + direction;
  const network = await api(base + '?' + query);
  const edges = [];
  let edgesTruncated = false;
  for (let page = 0; ; page++) {
    const edgePage = await api(base + '/edges?' + query + '&page=' + page + '&size=' + EDGE_PAGE_SIZE);
    edges.push(...edgePage.items);
    if (!edgePage.hasMore) break;
    if (page + 1 >= MAX_EDGE_PAGES) { edgesTruncated = true; break; }
  }
  return { ...network, edges, edgesTruncated };
}

/** Cytoscape's own ellipsis measures every label letter by letter: cut them here. */
function short(name) {
  return name.length > 24 ? name.substring(0, 23) + '…' : name;
}

/** Most hand-overs drawn: the busiest; the tables below the drawing list them all. */
export const MAX_DRAWN_EDGES = 400;

/** Positions: call direction left to right, one column per distance, busiest on top. */
export function networkElements(network, direction) {
  const byDistance = new Map();
  for (const node of network.nodes) {
    if (!byDistance.has(node.distance)) byDistance.set(node.distance, []);
    byDistance.get(node.distance).push(node);
  }
  const elements = [];
  for (const [distance, nodes] of byDistance) {
    nodes.sort((a, b) => (b.calls - a.calls) || a.id.localeCompare(b.id));
    const x = (direction === 'upstream' ? -distance : distance) * 260;
    nodes.forEach((node, i) => {
      const y = (i - (nodes.length - 1) / 2) * 70;
      elements.push({ group: 'nodes', position: { x, y },
        data: { id: node.id, label: short(node.name || node.id) + (node.foreign ? ' (' + (node.country || 'foreign') + ')' : ''),
          distance: node.distance, calls: node.calls, foreign: !!node.foreign, center: node.id === network.center },
        classes: [node.id === network.center ? 'center' : '', node.foreign ? 'foreign' : ''].filter(Boolean).join(' ') });
    });
  }
  const ids = new Set(network.nodes.map((node) => node.id));
  const max = Math.max(1, ...network.edges.map((edge) => edge.calls));
  const busiest = [...network.edges].sort((a, b) => b.calls - a.calls).slice(0, MAX_DRAWN_EDGES);
  for (const edge of busiest) {
    if (!ids.has(edge.from) || !ids.has(edge.to)) continue;
    elements.push({ group: 'edges', data: { id: edge.from + '>' + edge.to, source: edge.from, target: edge.to,
      calls: edge.calls, width: 1 + 9 * Math.log(1 + edge.calls) / Math.log(1 + max),
      firstSeen: edge.firstSeen || null, lastSeen: edge.lastSeen || null } });
  }
  return elements;
}

export function networkStyle(edgeLabels, many) {
  return [
    { selector: 'node', style: { shape: 'round-rectangle', width: 170, height: 40, 'background-color': '#eef2f7',
      'border-width': 1, 'border-color': '#4a5568', label: 'data(label)', 'text-valign': 'center', 'font-size': 11, 'font-family': 'sans-serif', color: '#1a202c' } },
    { selector: 'node.center', style: { 'background-color': '#1a4f8b', color: '#ffffff', 'border-width': 3, 'font-weight': 'bold' } },
    { selector: 'node.foreign', style: { 'border-style': 'dashed', 'border-color': '#b45309', 'border-width': 2 } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': '#7a8799', 'target-arrow-color': '#7a8799',
      'target-arrow-shape': 'triangle', 'curve-style': many ? 'straight' : 'bezier', opacity: 0.85,
      label: edgeLabels ? 'data(calls)' : '', 'font-size': 10, 'text-background-color': '#ffffff',
      'text-background-opacity': 0.9, 'text-background-padding': 2 } },
    { selector: 'node:selected', style: { 'border-color': '#d69e2e', 'border-width': 4 } }
  ];
}
