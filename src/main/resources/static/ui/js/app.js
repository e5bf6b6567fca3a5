// Shared by every page: calls to the JSON API with the session, safe DOM building,
// formatting, tables, charts and the page-ready signal (tests and the page-load benchmark
// wait for it).

const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;

/** Headers every call sends: JSON, "from the UI" (no Basic dialog on 401), the CSRF token. */
export function apiHeaders(method = 'GET') {
  const headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  if (method !== 'GET' && csrfToken && csrfHeader) headers[csrfHeader] = csrfToken;
  return headers;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
  }
}

/**
 * Fetches JSON from the API. 401 (the session ended) goes to the login page; other errors
 * throw an ApiError carrying the problem details.
 */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const response = await fetch(path, {
    method, body, credentials: 'same-origin',
    headers: { ...apiHeaders(method), ...(typeof body === 'string' ? { 'Content-Type': 'application/json' } : {}), ...headers }
  });
  if (response.status === 401) {
    window.location.assign('/login?expired');
    throw new ApiError(401, { title: 'Signed out' });
  }
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

/** Like api(), but null for 404 (a section that has nothing to show, or does not exist yet). */
export async function apiOrNull(path) {
  try {
    return await api(path);
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}

/** Builds an element; strings become text nodes (never HTML). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name.startsWith('on')) element.addEventListener(name.substring(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function fill(target, ...children) {
  const element = typeof target === 'string' ? document.getElementById(target) : target;
  element.replaceChildren();
  append(element, children);
  return element;
}

export const enc = encodeURIComponent;

/** The UI's own pages. */
export const pages = {
  call: (id) => '/calls/' + enc(id),
  traceback: (id) => '/tracebacks/' + enc(id),
  provider: (id) => '/providers/' + enc(id),
  evidence: (id) => '/providers/' + enc(id) + '/evidence',
  campaign: (name) => '/campaigns?name=' + enc(name),
  number: (e164) => '/numbers/' + enc(e164)
};

export function link(href, text, attributes = {}) {
  return h('a', { href, ...attributes }, text);
}

export const providerLink = (id, name) => link(pages.provider(id), name || id);
export const campaignLink = (name) => name ? link(pages.campaign(name), name) : '—';
export const numberLink = (e164) => e164 ? link(pages.number(e164), e164) : '—';

const NUMBER = new Intl.NumberFormat('en-US');
export const num = (value) => (value === null || value === undefined) ? '—' : NUMBER.format(value);
export const day = (value) => value || '—';
export function time(value) {
  if (!value) return '—';
  const date = new Date(value);
  return isNaN(date) ? value : date.toISOString().replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}
export const words = (value) => value ? String(value).replaceAll('_', ' ').toLowerCase() : '—';

/** A definition list from [term, value] pairs; values may be nodes. */
export function facts(target, pairs) {
  fill(target, pairs.filter((pair) => pair).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value ?? '—')]));
}

/**
 * A table with a caption and column headers; each row is a list of cells (text or nodes).
 * An empty list shows `empty` instead.
 */
export function table(caption, columns, rows, { empty = 'None.', numeric = [] } = {}) {
  if (!rows.length) return h('p', { class: 'empty' }, empty);
  return h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map((column, i) => h('th', { scope: 'col', class: numeric.includes(i) ? 'num' : null }, column)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell, i) => h('td', { class: numeric.includes(i) ? 'num' : null }, cell ?? '—'))))));
}

export function status(message, kind = '') {
  const element = document.getElementById('status');
  if (!element) return;
  element.className = 'status ' + kind;
  element.textContent = message;
}

export function problemText(error) {
  if (error instanceof ApiError) {
    const problem = error.problem;
    const errors = (problem.errors || []).map((e) => (e.field ? e.field + ' ' : '') + e.reason).join('; ');
    return (problem.title ? problem.title + ': ' : '') + (problem.detail || error.message) + (errors ? ' (' + errors + ')' : '');
  }
  return String(error && error.message || error);
}

/** Marks the page drawn: tests wait for data-ready, the benchmark reads the 'drawn' mark. */
export function ready(state = 'true') {
  if (!performance.getEntriesByName('drawn').length) performance.mark('drawn');
  document.body.dataset.ready = state;
}

/** Downloads a Cytoscape drawing as a PNG file. */
export function pngDownload(button, getCy, filename) {
  button.addEventListener('click', () => {
    const cy = getCy();
    if (!cy) return;
    const blob = cy.png({ full: true, output: 'blob', bg: '#ffffff', scale: 2 });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
}

// "/" jumps to the search box, as on most sites with one.
document.addEventListener('keydown', (event) => {
  const search = document.getElementById('search');
  const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
  if (event.key === '/' && search && !typing) {
    event.preventDefault();
    search.focus();
    search.select();
  }
});
