const puppeteer = require('puppeteer-core');
const base = 'http://localhost:5090';
const [,, who, ...paths] = process.argv;
(async () => {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  page.on('pageerror', e => console.log('PAGEERROR', e.message.slice(0, 200)));
  if (who !== 'anon') {
    await page.goto(base + '/Account/Login', { waitUntil: 'networkidle2' });
    await page.type('input[name="Input.Login"]', who + '@producersavenue.test');
    await page.type('input[name="Input.Password"]', 'Demo-pass-2026');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle2' }), page.click('button[type=submit]')]);
  }
  for (const p of paths) {
    let status = '?';
    try {
      const r = await page.goto(base + p, { waitUntil: 'networkidle2', timeout: 20000 });
      status = r ? r.status() : 'none';
      await new Promise(r => setTimeout(r, 800));
      const err = await page.evaluate(() => { const e = document.getElementById('blazor-error-ui'); return e && getComputedStyle(e).display !== 'none' ? 'BLAZOR-ERROR' : ''; });
      const reconnect = await page.evaluate(() => document.querySelector('#components-reconnect-modal[open], .components-reconnect-show, .components-reconnect-failed') ? 'RECONNECT' : '');
      console.log(status, err, reconnect, p);
    } catch (e) { console.log('EXC', p, e.message.slice(0, 100)); }
  }
  await browser.close();
})();
