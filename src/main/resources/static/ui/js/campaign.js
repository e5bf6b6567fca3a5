// A campaign: providers by role, originators, gateways, route signatures, caller IDs, calls over time.
import { api, h, fill, facts, table, status, problemText, ready, providerLink, numberLink, num, words, enc } from './app.js';
import { monthSeries, monthBars } from './charts.js';

const name = document.getElementById('content').dataset.name;

const providerRows = (list) => list.map((p) => [providerLink(p.providerId, p.name), num(p.calls)]);

async function start() {
  if (!name) {
    status('No campaign named.', 'problem');
    ready('error');
    return;
  }
  try {
    const [c, months] = await Promise.all([api('/api/campaigns/by-name?name=' + enc(name)),
      api('/api/campaigns/by-name/calls-by-month?name=' + enc(name))]);
    fill('title', 'Campaign ' + c.name);
    document.title = c.name + ' · Traceback Graph';
    facts('summary', [['Traced calls', num(c.calls)], ['Caller IDs', num(c.callerIds)], ['Providers on its routes', num(c.providers)],
      ['First call', c.firstSeen || '—'], ['Last call', c.lastSeen || '—']]);
    monthBars(document.getElementById('calls-chart'), monthSeries(months.months));
    fill('originators', table('Providers that originated its calls', ['Provider', 'Calls'], providerRows(c.originators), { numeric: [1] }));
    fill('gateways', table('Gateways that let its calls into US networks', ['Provider', 'Calls'], providerRows(c.gateways), { numeric: [1] }));
    fill('roles', Object.entries(c.providersByRole).map(([role, list]) =>
      table(words(role) + (c.providersByRoleTruncated.includes(role) ? ' (top 20)' : ''), ['Provider', 'Calls'], providerRows(list), { numeric: [1] })));
    fill('signatures', table('Its most common routes, origin first' + (c.routeSignaturesSampled ? ' (from a sample of its tracebacks)' : ''),
      ['Route', 'Reaches the origin', 'Tracebacks'],
      c.routeSignatures.map((s) => [h('span', { class: 'signature' }, s.providers.map((id, i) => [i ? ' → ' : '', providerLink(id)])),
        s.complete ? 'yes' : 'no', num(s.calls)]), { numeric: [2] }));
    fill('caller-ids', table('Caller IDs it used most' + (c.topCallerIdsTruncated ? ' (top 20)' : ''), ['Caller ID', 'Calls'],
      c.topCallerIds.map((x) => [numberLink(x.callerId), num(x.calls)]), { numeric: [1] }));
    fill('letters', table('Letters that name it', ['Letter', 'From', 'Date', 'Kind'],
      c.letters.map((l) => [l.letterId, l.issuer || '—', l.issuedOn || '—', l.kind || '—'])));
    status('');
    ready();
  } catch (error) {
    status(error.status === 404 ? 'No such campaign.' : problemText(error), 'problem');
    ready('error');
  }
}

start();
