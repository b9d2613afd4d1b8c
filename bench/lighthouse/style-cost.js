// bench/lighthouse/style-cost.js: what the stylesheets cost a first load on a phone — the page renderer's stylesheet
// parsing (ParseAuthorStyleSheet), style recalculation (UpdateLayoutTree) and layout, summed from a Chromium trace at 4x
// CPU slowdown, median of RUNS loads per app, the apps loaded alternately so a busy moment hits both alike.
//
//   (cd bench/lighthouse && npm ci)    # once: puppeteer-core comes with Lighthouse
//   PAGE=/explore RUNS=7 node bench/lighthouse/style-cost.js http://localhost:5080 http://localhost:5081
//
// Signed out, a fresh browser context per load (a first visit). Only ever talks to localhost.
const puppeteer = require('puppeteer-core');
const fs = require('fs');
(async () => {
  const apps = process.argv.slice(2);
  if (!apps.length || apps.some(a => !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(a))) {
    console.error('usage: node style-cost.js http://localhost:<port> [http://localhost:<port> …]'); process.exit(2);
  }
  const path = process.env.PAGE || '/explore';
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: 'new', args: ['--no-sandbox'] });
  const res = Object.fromEntries(apps.map(a => [a, []]));
  for (let run = 0; run < +(process.env.RUNS || 5); run++) for (const app of apps) {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.setViewport({ width: 412, height: 823, isMobile: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const file = require('path').join(require('os').tmpdir(), `pa-style-cost-${process.pid}-${run}.json`);
    await page.tracing.start({ path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(app + path, { waitUntil: 'load' });
    await page.waitForSelector('[data-interactive=true]', { timeout: 30000 }).catch(() => {});
    await new Promise(r => setTimeout(r, 3000));
    await page.tracing.stop();
    await ctx.close();
    const t = JSON.parse(fs.readFileSync(file)).traceEvents;
    fs.unlinkSync(file);
    const pids = new Set(t.filter(e => e.name === 'ParseHTML' && JSON.stringify(e.args).includes('localhost')).map(e => e.pid));
    const sum = n => Math.round(t.filter(e => pids.has(e.pid) && e.name === n && e.ph === 'X').reduce((s, e) => s + e.dur, 0) / 1000);
    res[app].push({ parseCss: sum('ParseAuthorStyleSheet'), recalc: sum('UpdateLayoutTree'), layout: sum('Layout') });
  }
  for (const app of apps) {
    const med = k => { const v = res[app].map(r => r[k]).sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
    console.log(app, 'median ms (4x): css parse', med('parseCss'), 'style recalc', med('recalc'), 'layout', med('layout'), JSON.stringify(res[app].map(r => r.parseCss + '/' + r.recalc)));
  }
  await browser.close();
})();
