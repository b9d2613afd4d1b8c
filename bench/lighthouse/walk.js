const puppeteer = require('puppeteer-core');
const base = 'http://localhost:5090';
const [,, who, widthArg, scheme, ...paths] = process.argv;
(async () => {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const width = +widthArg;
  await page.setViewport({ width, height: width < 600 ? 800 : 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text().slice(0, 300)); });
  page.on('pageerror', e => console.log('PAGEERROR', e.message.slice(0, 300)));
  page.on('response', r => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
  if (who !== 'anon') {
    await page.goto(base + '/Account/Login', { waitUntil: 'networkidle2' });
    await page.type('input[name="Input.Login"]', who + '@producersavenue.test');
    await page.type('input[name="Input.Password"]', 'Demo-pass-2026');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle2' }), page.click('button[type=submit]')]);
  }
  for (const p of paths) {
    await page.goto(base + p, { waitUntil: 'networkidle2' });
    await new Promise(r => setTimeout(r, 1200));
    const name = `/tmp/walk/${who}-${width}-${scheme}-${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: name, fullPage: false });
    console.log('SHOT', name, 'overflowX', overflow);
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
