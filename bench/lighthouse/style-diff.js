// bench/lighthouse/style-diff.js: does MudBlazor's subset stylesheet (decision 142) style every page exactly as the
// package's full file does? Crawls the site as a visitor and as signed-in demo members (links found on the pages, MAX
// per role), at phone and desktop widths, light and dark, with a menu or select opened on every other page; on each page
// it records every element's computed style (::before and ::after too), swaps the subset's <link> for the package's
// file (/_content/MudBlazor/MudBlazor.min.css, still served by the app) and compares. Prints each difference; run it
// after changing MudBlazorStylesheet.UnusedFamilies or upgrading MudBlazor.
//
//   (cd bench/lighthouse && npm ci)    # once: puppeteer-core comes with Lighthouse
//   BASE=http://localhost:5080 MAX=30 node bench/lighthouse/style-diff.js    # an app seeded with the demo community
//
// Only ever talks to localhost.
const puppeteer = require('puppeteer-core');
const BASE = process.env.BASE || 'http://localhost:5080';
if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(BASE)) { console.error('BASE must be http://localhost:<port>'); process.exit(2); }
const FULL = process.env.FULL || '/_content/MudBlazor/MudBlazor.min.css';
const roles = (process.env.ROLES || 'anon,member@producersavenue.test,seller@producersavenue.test,admin@producersavenue.test').split(',');
const MAX = +(process.env.MAX || 35);
const collect = () => {
  const out = [];
  const els = document.querySelectorAll('body *');
  for (const el of els) {
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      if (pseudo && (cs.content === 'none' || cs.content === 'normal')) { out.push(''); continue; }
      let s = '';
      for (let i = 0; i < cs.length; i++) { const p = cs[i]; if (p.startsWith('transition') || p.startsWith('animation')) continue; s += p + ':' + cs.getPropertyValue(p) + ';'; }
      out.push(s);
    }
  }
  return out;
};
(async () => {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: 'new', args: ['--no-sandbox'] });
  let diffs = 0, pages = 0;
  for (const role of roles) {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    if (role !== 'anon') {
      await page.goto(BASE + '/Account/Login');
      await page.type('input[name="Input.Login"]', role);
      await page.type('input[name="Input.Password"]', 'Demo-pass-2026');
      await Promise.all([page.waitForNavigation(), page.click('button.btn-primary[type=submit], form button[type=submit]')]);
    }
    const seen = new Set(), queue = ['/'];
    let n = 0;
    while (queue.length && n < MAX) {
      const path = queue.shift();
      if (seen.has(path)) continue; seen.add(path); n++;
      const wide = n % 2 === 0, dark = n % 3 === 0;
      await page.setViewport({ width: wide ? 1280 : 412, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
      try {
        const resp = await page.goto(BASE + path, { waitUntil: 'networkidle2', timeout: 20000 });
        await page.waitForSelector('[data-interactive=true]', { timeout: 3000 }).catch(() => {});
        await new Promise(r => setTimeout(r, 500));
        const links = await page.$$eval('a[href^="/"]', as => as.map(a => a.getAttribute('href')));
        for (const l of links) {
          const p = l.split('#')[0];
          if (/Logout|\/files\/|\/download|\/checkout\/|\/jobs|\/dev\/|signout|\.(wav|mp3|zip|pdf|png|jpg|svg)$/i.test(p)) continue;
          if (!seen.has(p) && queue.length < 400 && !queue.includes(p)) queue.push(p);
        }
        if (n % 2 === 1) {
          const opened = await page.evaluate(() => {
            const b = [...document.querySelectorAll('button[aria-haspopup], .mud-select .mud-input-control, .mud-menu button')].find(x => x.offsetParent);
            if (b) { b.click(); return b.outerHTML.slice(0, 60); } return null;
          });
          if (opened) await new Promise(r => setTimeout(r, 600));
        }
        const a = await page.evaluate(collect);
        const ok = await page.evaluate(async (full) => {
          const link = document.querySelector('link[href^="/mudblazor."]');
          if (!link) return false;
          await new Promise(res => { link.onload = res; link.href = full; setTimeout(res, 5000); });
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          return true;
        }, FULL);
        if (!ok) { console.log('NO LINK', path); continue; }
        const b = await page.evaluate(collect);
        pages++;
        if (a.length !== b.length) { console.log('LENGTH', path, a.length, b.length); diffs++; continue; }
        const report = await page.evaluate((a, b) => {
          const els = [...document.querySelectorAll('body *')]; const out = [];
          for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) {
            const el = els[Math.floor(i / 3)];
            const pa = Object.fromEntries(a[i].split(';').map(x => [x.slice(0, x.indexOf(':')), x.slice(x.indexOf(':') + 1)]));
            const pb = Object.fromEntries(b[i].split(';').map(x => [x.slice(0, x.indexOf(':')), x.slice(x.indexOf(':') + 1)]));
            const props = Object.keys({ ...pa, ...pb }).filter(k => pa[k] !== pb[k]).map(k => `${k}: ${pa[k]} -> ${pb[k]}`);
            out.push(`${el.tagName}.${(el.className && el.className.baseVal !== undefined ? el.className.baseVal : el.className)}${['', '::before', '::after'][i % 3]} | ${props.slice(0, 4).join(' ; ')}`);
          }
          return out;
        }, a, b);
        if (report.length) { diffs++; console.log(`DIFF ${role} ${path} (${wide ? 'wide' : 'phone'} ${dark ? 'dark' : 'light'}): ${report.length}`); report.slice(0, 6).forEach(r => console.log('   ', r)); }
      } catch (e) { console.log('ERR', path, e.message.split('\n')[0]); }
    }
    await ctx.close();
  }
  console.log(`pages compared: ${pages}, pages with differences: ${diffs}`);
  await browser.close();
  process.exitCode = diffs ? 1 : 0;
})();
