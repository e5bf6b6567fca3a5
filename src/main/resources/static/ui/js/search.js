// Search results. One exact identifier goes straight to its page; otherwise the hits.
import { api, h, fill, status, problemText, ready, pages, link } from './app.js';

const KINDS = { CALL: 'Call', TRACEBACK: 'Traceback', NUMBER: 'Phone number', PROVIDER: 'Provider',
  CAMPAIGN: 'Campaign', FILING: 'Registry filing' };

export function target(hit) {
  switch (hit.type) {
    case 'CALL': return pages.call(hit.key);
    case 'TRACEBACK': return pages.traceback(hit.key);
    case 'NUMBER': return pages.number(hit.key);
    case 'PROVIDER': return pages.provider(hit.key);
    case 'CAMPAIGN': return pages.campaign(hit.key);
    case 'FILING': return (hit.providerIds || []).length === 1 ? pages.provider(hit.providerIds[0]) : null;
    default: return null;
  }
}

async function start() {
  const q = document.getElementById('content').dataset.q;
  if (!q) {
    status('Type a call or traceback id, a phone number, a provider, a campaign, an RMD number or an FRN.');
    ready();
    return;
  }
  try {
    const result = await api('/api/search?q=' + encodeURIComponent(q));
    const exact = result.items.filter((hit) => hit.exact && target(hit));
    if (exact.length === 1) {
      window.location.replace(target(exact[0]));
      return;
    }
    if (!result.items.length) {
      status('Nothing found for “' + q + '”.');
    } else {
      status(result.items.length + ' found' + (result.itemsTruncated ? ' (the first of more)' : '') + '.');
    }
    fill('hits', h('ul', { class: 'hits' }, result.items.map((hit) => {
      const href = target(hit);
      return h('li', { 'data-type': hit.type },
        h('span', { class: 'kind' }, KINDS[hit.type] || hit.type), ' ',
        href ? link(href, hit.label || hit.key) : (hit.label || hit.key),
        hit.type === 'FILING' ? ' ' + hit.key : '',
        hit.detail ? h('span', { class: 'detail' }, ' · ' + hit.detail) : '',
        hit.day ? h('span', { class: 'detail' }, ' · ' + hit.day) : '',
        hit.type === 'FILING' && (hit.providerIds || []).length > 1
          ? [' · providers: ', hit.providerIds.map((id, i) => [i ? ', ' : '', link(pages.provider(id), id)])] : '',
        hit.exact ? h('span', { class: 'badge complete' }, 'exact') : '');
    })));
    ready();
  } catch (error) {
    status(problemText(error), 'problem');
    ready('error');
  }
}

start();
