// The member's time zone (decision 148): the browser's own, kept in the pa-tz cookie that the server reads on every
// request (ViewerTime), so times on the next page are written on the member's clock.
try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const cookie = `pa-tz=${encodeURIComponent(zone)}`;
    if (zone && !document.cookie.split('; ').includes(cookie)) document.cookie = `${cookie}; path=/; max-age=31536000; samesite=lax`;
} catch {
    // No Intl time zone: the server keeps UTC.
}

// The dark-mode toggle (MainLayout) remembers the choice in the pa-theme cookie, which the server reads on every request
// (ThemePreference), so the next page is painted in the chosen theme from the first byte. Interactive pages switch palettes
// in place: the theme stylesheet (decision 124) keys the dark palette on html's pa-dark class, set here. Static pages (the
// Identity forms) carry data-pa-theme-reload and load again to get the server-painted palette.
document.addEventListener('click', event => {
    const toggle = event.target instanceof Element ? event.target.closest('[data-pa-theme-next]') : null;
    if (!toggle) return;
    const next = toggle.getAttribute('data-pa-theme-next');
    document.cookie = `pa-theme=${next}; path=/; max-age=31536000; samesite=lax`;
    if (toggle.hasAttribute('data-pa-theme-reload')) {
        location.replace(location.href);
        return;
    }
    document.documentElement.classList.toggle('pa-dark', next === 'dark');
    document.documentElement.classList.toggle('pa-light', next !== 'dark');
    for (const meta of document.querySelectorAll('meta[data-pa-theme-color]'))
        meta.media = meta.getAttribute('data-pa-theme-color') === next ? 'all' : 'not all';
});

// The drawer (decision 110, "The drawer by CSS"): CSS places it beside the page from 960px and over it below; html's
// pa-nav-flipped class flips that default, so the menu button opens and closes it here, with no round trip to the circuit.
// Where it covers the page, a link in it, the scrim behind it and Escape close it, as MudDrawer did; crossing the breakpoint
// returns to the default for the new width. The menu button's aria-expanded says what the drawer shows; the server cannot
// know it, so it is set here, again whenever a new button appears (the circuit's first render replaces the prerendered one).
const wide = matchMedia('(min-width: 960px)');
const root = document.documentElement;
const navOpen = () => wide.matches !== root.classList.contains('pa-nav-flipped');

function showNav(open) {
    root.classList.toggle('pa-nav-flipped', open !== wide.matches);
    for (const button of document.querySelectorAll('[data-pa-nav-toggle]')) button.setAttribute('aria-expanded', String(open));
}

document.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('[data-pa-nav-toggle]')) {
        showNav(!navOpen());
        if (navOpen() && !wide.matches) document.querySelector('#pa-nav a[href]')?.focus({ preventScroll: true });
    } else if (!wide.matches && navOpen() && target.closest('[data-pa-nav-close], #pa-nav a[href]')) {
        showNav(false);
    }
});

document.addEventListener('keydown', event => {
    if (event.key !== 'Escape' || wide.matches || !navOpen()) return;
    showNav(false);
    document.querySelector('[data-pa-nav-toggle]')?.focus();
});

// Where the drawer covers the page, the focus leaving it (Tab past its last link) closes it: the next stop was a link behind
// the scrim, focused but out of sight.
document.addEventListener('focusin', event => {
    if (wide.matches || !navOpen()) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('#pa-nav, [data-pa-nav-toggle]')) return;
    showNav(false);
});

wide.addEventListener('change', () => showNav(wide.matches));
showNav(navOpen());
// Only body's own children: the circuit's first render swaps the layout there; renders inside it never replace the button,
// so the page's ordinary updates do not wake this observer.
new MutationObserver(() => {
    if (document.querySelector('[data-pa-nav-toggle]:not([aria-expanded])')) showNav(navOpen());
}).observe(document.body, { childList: true });

// Half of a surrogate pair in a field (a cut emoji, left by a bad paste, an autofill or a script) cannot cross the circuit:
// the server's JSON reader refuses the event and it is lost, so the field's text never reaches the page. Before the
// circuit's listeners (on the document) read the field, such a half becomes U+FFFD, as TextInput.Clean does on the server.
const wellFormed = event => {
    const field = event.target;
    if ((field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && !field.value.isWellFormed()) {
        field.value = field.value.toWellFormed();
    }
};
if (typeof String.prototype.isWellFormed === 'function') {
    window.addEventListener('input', wellFormed, true);
    window.addEventListener('change', wellFormed, true);
}

// Tab lists written as plain HTML (a profile's tabs, decision 139) move the focus between their tabs with the arrow keys,
// Home and End, as a tab list does; Enter follows the focused tab's link.
document.addEventListener('keydown', event => {
    const tab = event.target instanceof Element ? event.target.closest('[role="tablist"] > a[role="tab"]') : null;
    if (!tab || event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = [...tab.parentElement.querySelectorAll(':scope > a[role="tab"]')];
    const at = tabs.indexOf(tab);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    tabs[(next + tabs.length) % tabs.length].focus();
});

// A visitor's static pages (decision 143: explore, profiles, tags, no circuit) keep what the circuit did there.
// - A feed's "Load more" is a link to the page after its last post or listing (data-pa-feed-more). As it nears the
//   viewport, or when it is clicked, the next page is fetched and its posts (or a shelf's cards) are appended in place,
//   with its own "Load more" or "caught up"; if that fails, a click opens the next page as a page. Keyboard users who
//   pressed it land on the first new item.
// - Waveform players on the page (and in appended posts) get the player script, as the circuit's components do.
// - A provider's player behind a click (data-pa-embed-load) takes the button's place from the template beside it.
const feedPage = async link => {
    const feed = link.closest('[data-pa-feed]');
    const index = [...document.querySelectorAll('[data-pa-feed]')].indexOf(feed);
    const response = await fetch(link.href, { credentials: 'same-origin', headers: { accept: 'text/html' } });
    if (!response.ok) throw new Error(`next page: ${response.status}`);
    const next = new DOMParser().parseFromString(await response.text(), 'text/html').querySelectorAll('[data-pa-feed]')[index];
    if (!next) throw new Error('next page: no feed');
    const block = link.closest('[data-testid="feed-more"]') ?? link;
    let first = null;
    for (const item of [...next.children]) {
        if (item.id && document.getElementById(item.id)) continue;
        const node = document.adoptNode(item);
        feed.insertBefore(node, block);
        if (!first && node.matches('article, [data-pa-feed-item]')) first = node;
    }
    // A keyboard user on "Load more" when the page arrives (focusing it scrolled it into view, which started the load)
    // would otherwise be left on nothing: the focus moves to the first new item, as a press of the link does.
    const focused = block.contains(document.activeElement);
    block.remove();
    if (focused && first) focusItem(first);
    return first;
};

function focusItem(item) {
    item.tabIndex = -1;
    item.focus();
}

// One fetch per link: the observer and a click (a key press focuses the link, which scrolls it into view) share it.
const pending = new WeakMap();
function nextPage(link) {
    let load = pending.get(link);
    if (!load) {
        link.setAttribute('aria-busy', 'true');
        load = feedPage(link).then(first => {
            enhanceStaticPage();
            return first;
        });
        load.catch(() => {
            link.removeAttribute('aria-busy');
            pending.delete(link);
        });
        pending.set(link, load);
    }
    return load;
}

const nearViewport = 'IntersectionObserver' in window
    ? new IntersectionObserver(entries => {
        for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            nearViewport.unobserve(entry.target);
            // A failed load is tried again a little later, not at once (the link is still in view).
            nextPage(entry.target).catch(() => setTimeout(() => nearViewport.observe(entry.target), 5000));
        }
    }, { rootMargin: '0px 0px 400px 0px' })
    : null;

// A static page painted in the system theme (data-pa-theme-system): the toggle says which one that is and offers the other.
const systemDark = matchMedia('(prefers-color-scheme: dark)');
function showSystemTheme() {
    for (const toggle of document.querySelectorAll('[data-pa-theme-system]')) {
        toggle.setAttribute('aria-pressed', String(systemDark.matches));
        toggle.setAttribute('data-pa-theme-next', systemDark.matches ? 'light' : 'dark');
    }
}
systemDark.addEventListener('change', showSystemTheme);

// The waveform players' script (wwwroot/js/waveform-player.js, decision 145) loads when a player is first reached — a
// pointer pressed on it, or the focus coming to it — on every page, static or in a circuit: no card asks for it over the
// circuit. A click or a key that comes before it has loaded is handed to it once it has.
let wavePlayer = null;
let wavePlayerReady = false;
function loadWavePlayer() {
    wavePlayer ??= import('/js/waveform-player.js').then(player => {
        player.enable();
        wavePlayerReady = true;
        return player;
    });
    return wavePlayer;
}
const waveTarget = event => event.target instanceof Element ? event.target.closest('[data-pa-wave]') : null;
for (const type of ['pointerdown', 'focusin']) {
    document.addEventListener(type, event => { if (waveTarget(event)) loadWavePlayer().catch(() => { wavePlayer = null; }); }, true);
}
for (const type of ['click', 'keydown']) {
    document.addEventListener(type, event => {
        if (wavePlayerReady || !waveTarget(event)) return;
        loadWavePlayer().then(player => player.handle(event), () => { wavePlayer = null; });
    });
}

// A tab bar wider than the screen (LinkTabBar on a phone) opened on a tab past its edge scrolls that tab into view, sideways only.
function showActiveTabs() {
    // A row of links that scrolls sideways on a phone opens with its current link in view, once per row: a row the circuit
    // draws in place of the prerendered one is a new row; one the member has scrolled is left where they put it.
    for (const list of document.querySelectorAll('.pa-link-tabs, [data-pa-show-active]')) {
        const active = list.querySelector('.pa-link-tab-active, [aria-current]');
        if (!active || list.paShown || list.scrollWidth <= list.clientWidth) continue;
        list.paShown = true;
        const tab = active.getBoundingClientRect();
        const bar = list.getBoundingClientRect();
        if (tab.right > bar.right) list.scrollLeft += tab.right - bar.right + 24;
        else if (tab.left < bar.left) list.scrollLeft -= bar.left - tab.left + 24;
    }
}

function enhanceStaticPage() {
    showSystemTheme();
    showActiveTabs();
    for (const link of document.querySelectorAll('[data-pa-feed-more]')) nearViewport?.observe(link);
}

// Capture: before Blazor's enhanced navigation takes the link's click.
document.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target : null;
    const more = target?.closest('[data-pa-feed-more]');
    if (more && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        event.preventDefault();
        event.stopPropagation();
        // A click with no pointer position is a key press (Enter): the focus follows to the new posts.
        const keyboard = event.detail === 0;
        nextPage(more).then(first => {
            if (keyboard && first) focusItem(first);
        }, () => location.assign(more.href));
        return;
    }
    const embed = target?.closest('[data-pa-embed-load]');
    if (embed && embed.nextElementSibling instanceof HTMLTemplateElement) {
        const template = embed.nextElementSibling;
        const player = template.content.cloneNode(true);
        const frame = player.querySelector('iframe');
        embed.replaceWith(player);
        template.remove();
        frame?.focus();
    }
}, true);

enhanceStaticPage();
window.Blazor?.addEventListener?.('enhancedload', enhanceStaticPage);

// A static page's app bar menu (AccountMenu's <details>) closes as the circuit's does: on Escape, with the focus back on its
// button, and on a click anywhere else.
document.addEventListener('keydown', event => {
    const open = event.key === 'Escape' ? document.querySelector('details.pa-static-disclosure[open]') : null;
    if (!open) return;
    open.open = false;
    open.querySelector('summary')?.focus();
});
document.addEventListener('click', event => {
    for (const open of document.querySelectorAll('details.pa-static-disclosure[open]')) {
        if (!(event.target instanceof Node && open.contains(event.target))) open.open = false;
    }
});

// A filter kept in the address (FilterSelect's data-pa-query, decision 162) chosen before the page's circuit has started —
// no page says data-interactive="true" yet, so nothing on the server hears the change: the browser follows the choice as
// the address the circuit would go to (the filter set or, for "any", removed; a lengthened list back to its first page).
document.addEventListener('change', event => {
    const select = event.target instanceof HTMLSelectElement && event.target.hasAttribute('data-pa-query') ? event.target : null;
    if (!select || document.querySelector('[data-interactive="true"]')) return;
    const url = new URL(location.href);
    const name = select.getAttribute('data-pa-query');
    if (select.value) url.searchParams.set(name, select.value);
    else url.searchParams.delete(name);
    url.searchParams.delete('pages');
    location.assign(url.href);
});

// "Share" (ShareButton, decision 157): on a touch screen the system's share sheet; elsewhere — or when the sheet is not
// there — the whole address is copied, the button says "Link copied" for a few seconds and a status line tells a screen
// reader. Where the clipboard refuses (a page served without HTTPS), the address is offered in a prompt to copy by hand.
async function copyText(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
        area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
        document.body.append(area);
        area.select();
        let copied = false;
        try { copied = document.execCommand('copy'); } catch { /* refused: the prompt below */ }
        area.remove();
        return copied;
    }
}

const shareResets = new WeakMap();
document.addEventListener('click', async event => {
    const button = event.target instanceof Element ? event.target.closest('[data-pa-share]') : null;
    if (!button) return;
    const url = new URL(button.getAttribute('data-pa-share') || location.pathname, location.href).href;
    const title = button.getAttribute('data-pa-share-title') || document.title;
    if (navigator.share && matchMedia('(pointer: coarse)').matches) {
        try {
            await navigator.share({ title, url });
            return;
        } catch (error) {
            if (error?.name === 'AbortError') return; // the member closed the sheet
        }
    }
    if (!(await copyText(url))) {
        window.prompt('Copy this link', url);
        return;
    }
    button.setAttribute('data-pa-share-state', 'copied');
    const status = button.parentElement?.querySelector('[data-pa-share-status]');
    if (status) status.textContent = 'Link copied';
    clearTimeout(shareResets.get(button));
    shareResets.set(button, setTimeout(() => {
        button.removeAttribute('data-pa-share-state');
        if (status) status.textContent = '';
    }, 2500));
});

// A dialog (MudBlazor's) gives focus back to what opened it when it closes: MudBlazor leaves it on the page's body, and a
// keyboard member would start again from the top. The opener is what had focus when the dialog appeared.
const dialogOpeners = [];
new MutationObserver(records => {
    for (const record of records) {
        for (const node of record.addedNodes)
            if (node instanceof Element && node.matches('.mud-dialog-container')) dialogOpeners.push(document.activeElement);
        for (const node of record.removedNodes) {
            if (!(node instanceof Element) || !node.matches('.mud-dialog-container')) continue;
            const opener = dialogOpeners.pop();
            requestAnimationFrame(() => {
                const lost = !document.activeElement || document.activeElement === document.body;
                if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
            });
        }
    }
}).observe(document.body, { childList: true, subtree: true });

// In a menu (role="menu", e.g. a post's actions) or a tab list a component handles (the composer's kinds of post), the
// arrow keys, Home and End move between its items; they must not also scroll the page under it (End took the home feed
// to its bottom, the focused tab far off screen).
document.addEventListener('keydown', event => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    if (event.target instanceof Element && event.target.closest('[role="menu"], [role="tablist"]')) event.preventDefault();
});

// One browser, one member (decision 179): an open tab's circuit keeps the member it started with, so when another tab of
// the browser signs out (or in as someone else) it would go on acting as them. A sign-in or sign-out form sent here tells
// the browser's other tabs (BroadcastChannel); they, and any tab shown again, ask who the cookie signs in now and reload
// when it is not who they run as.
const member = () => document.querySelector('[data-pa-member]')?.getAttribute('data-pa-member');
async function checkSession() {
    const shown = member();
    if (!shown) return;
    try {
        const response = await fetch('/Account/Session', { credentials: 'same-origin', cache: 'no-store' });
        if (response.ok && (await response.text()) !== shown) location.reload();
    } catch {
        // Offline: the next look will tell.
    }
}
const sessions = 'BroadcastChannel' in window ? new BroadcastChannel('pa-session') : null;
sessions?.addEventListener('message', () => {
    // The other tab's form is still on its way: look when its answer has set the cookie, and again in case it was slow.
    setTimeout(checkSession, 1500);
    setTimeout(checkSession, 5000);
});
document.addEventListener('submit', event => {
    const form = event.target instanceof HTMLFormElement ? event.target : null;
    if (form && /^\/Account\/(Login|Logout|LoginWith2fa|LoginWithRecoveryCode)$/i.test(new URL(form.action, location.href).pathname)) {
        sessions?.postMessage('changing');
    }
}, true);
document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkSession();
});

// "Skip to content" moves focus to this page's main, where the next Tab goes on; a skip link of a page's own
// (data-pa-skip-to, e.g. past the home feed to its side column) to the element it names. Their hrefs ("#main") resolve
// against the base address "/", so followed as links they took the member from any page to the home feed (the router read
// "/#main"). Caught in the capture phase, before the router's own link handling.
document.addEventListener('click', event => {
    const skip = event.target instanceof Element ? event.target.closest('.pa-skip-link, [data-pa-skip-to]') : null;
    const target = skip && document.getElementById(skip.getAttribute('data-pa-skip-to') ?? 'main');
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
}, true);

// Back and Forward return to where the page was left (decision 250). The router draws a page again when Back reaches it,
// and its list arrives a moment later: the browser's own restoring ran against the short page and left it at the top, so
// a member who opened a listing far down the market lost their place. Each address's scroll position is kept here, in
// this tab's session storage; on Back or Forward it is taken back as the page grows — as far as the page reaches each
// frame, so a list that loads more as it nears the bottom is followed down — until it is reached, the member scrolls,
// presses a key or clicks themselves, or a few seconds pass.
const scrollKey = () => `pa-scroll:${location.pathname}${location.search}`;
let restoring = null;
const keepScroll = y => {
    try { sessionStorage.setItem(scrollKey(), String(Math.round(y))); } catch { /* storage full or off: Back keeps the top */ }
};
const rememberScroll = () => {
    if (!restoring) keepScroll(scrollY);
};
addEventListener('scroll', rememberScroll, { passive: true });
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
// The position is also kept as the address changes (no scroll may have happened since an earlier visit wrote its own): the
// page left keeps where it was; a new page starts at the top, and the same page under a new address (a replaced one, as
// "Show more" writes) where it is.
for (const [name, arriving] of [['pushState', () => 0], ['replaceState', () => scrollY]]) {
    const original = history[name];
    history[name] = function (...args) {
        rememberScroll();
        const result = original.apply(this, args);
        if (!restoring) keepScroll(arriving());
        return result;
    };
}

function restoreScroll(target) {
    const give = () => {
        restoring = null;
        for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) removeEventListener(type, give, true);
    };
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, give, true);
    const until = performance.now() + 4000;
    const step = () => {
        if (restoring !== step) return;
        const reach = Math.min(target, document.documentElement.scrollHeight - innerHeight);
        if (reach > scrollY) scrollTo(0, reach);
        if (reach >= target || performance.now() > until) {
            give();
            rememberScroll();
            return;
        }
        requestAnimationFrame(step);
    };
    restoring = step;
    requestAnimationFrame(step);
}

function returnToSavedScroll() {
    let saved = null;
    try { saved = sessionStorage.getItem(scrollKey()); } catch { /* no storage: nothing to return to */ }
    const target = Number(saved);
    if (target > 0) restoreScroll(target);
    else restoring = null;
}
addEventListener('popstate', returnToSavedScroll);
// The browser's restoring is off for the whole page, so a reload, or Back to this page from another site, is done here too.
if (['reload', 'back_forward'].includes(performance.getEntriesByType('navigation')[0]?.type)) returnToSavedScroll();

// Field errors are read with their field (MudBlazor links a field to its helper text only when it has one): a field marked
// aria-invalid gets its error line as aria-describedby, and loses it again when it is put right. After a press of a form's
// button (Save, Pay) that turned fields invalid, the keyboard focus moves to the first of them, so the error is read at once
// and typing goes where it is needed — also after Enter pressed in one of the form's fields (a submit); while a member types
// in a field, the focus stays where it is. (A form whose errors can stay the same across attempts says each refusal itself
// with FirstErrorFocus.)
const errorSuffix = '-error';
let pressedAt = 0;
let submitted = null;
let checking = false;
let invalidBefore = new Set();
document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('button, [type=submit]')) { pressedAt = Date.now(); submitted = null; }
}, true);
document.addEventListener('submit', event => { pressedAt = Date.now(); submitted = event.target instanceof HTMLFormElement ? event.target : null; }, true);

function linkFieldErrors() {
    checking = false;
    const invalid = [...document.querySelectorAll('input[aria-invalid="true"], textarea[aria-invalid="true"]')];
    for (const field of invalid) {
        const helper = field.closest('.mud-input-control')?.querySelector('.mud-input-helper-text.mud-input-error');
        const message = helper?.querySelector(':scope > .me-auto') ?? helper; // the message, not the "0 / 120" counter beside it
        if (!message || !message.textContent.trim()) continue;
        if (!message.id) message.id = `${field.id || `pa-field-${Math.random().toString(36).slice(2)}`}${errorSuffix}`;
        const ids = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        if (!ids.includes(message.id)) field.setAttribute('aria-describedby', [...ids, message.id].join(' '));
    }
    for (const field of document.querySelectorAll('[aria-describedby*="' + errorSuffix + '"]')) {
        if (field.getAttribute('aria-invalid') === 'true') continue;
        const ids = field.getAttribute('aria-describedby').split(' ').filter(id => !id.endsWith(errorSuffix));
        if (ids.length) field.setAttribute('aria-describedby', ids.join(' '));
        else field.removeAttribute('aria-describedby');
    }
    const fresh = invalid.filter(field => !invalidBefore.has(field));
    invalidBefore = new Set(invalid);
    const active = document.activeElement;
    if (fresh.length && Date.now() - pressedAt < 5000
        && (!active || active === document.body || active.closest('button') || submitted?.contains(active))) {
        fresh[0].focus();
        pressedAt = 0;
        submitted = null;
    }
}
// The same look at the page after each change also shows the current link of rows the circuit draws (the market's kinds
// of product), as enhanceStaticPage does for static pages.
new MutationObserver(() => {
    if (checking) return;
    checking = true;
    requestAnimationFrame(() => { linkFieldErrors(); showActiveTabs(); });
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-invalid'] });

// An app bar panel (the account menu, the notifications) or a post's actions menu closes when the keyboard focus leaves
// it, as a click elsewhere does: Tab past its last link no longer leaves it open over the page, hiding what the focus
// moved on to. The circuit's panel closes through its backdrop's click; a static page's native disclosure is simply shut.
document.addEventListener('focusout', event => {
    const panel = event.target instanceof Element ? event.target.closest('.pa-disclosure, [data-pa-closes-on-leave]') : null;
    const next = event.relatedTarget;
    if (!panel || !(next instanceof Element) || panel.contains(next)) return;
    if (panel instanceof HTMLDetailsElement) panel.open = false;
    else panel.querySelector(':scope > .pa-disclosure-backdrop, :scope > .pa-menu-backdrop')?.click();
});

// A message box marked data-pa-enter-sends (MessageComposer, which marks it only as the circuit draws it, so Enter never
// posts a prerendered form) sends its form on Enter; Shift+Enter, and Enter while an IME is composing a character, make a
// new line. Listened for here, on the document, from the page's first moment: the box's own module, attached after a
// dynamic import() once the circuit had drawn the box, left the first Enter of an uncached load making a new line, and a
// fast typist's message unsent. The mention list (mention-suggest.js) takes Enter first while it is open.
document.addEventListener('keydown', event => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.defaultPrevented) return;
    const box = event.target;
    if (!(box instanceof HTMLTextAreaElement) || !box.hasAttribute('data-pa-enter-sends')) return;
    event.preventDefault();
    box.form?.requestSubmit();
});

// The members to mention as "@" is typed (wwwroot/js/mention-suggest.js, decision 255) load when a text box marked
// data-pa-mentions is first focused, and then serve every such box.
document.addEventListener('focusin', event => {
    const box = event.target;
    if (!(box instanceof HTMLTextAreaElement) || !box.hasAttribute('data-pa-mentions')) return;
    import('/js/mention-suggest.js').then(mentions => mentions.attach(box), () => { /* offline: the box works without the list */ });
}, true);

// What the member did to a prerendered page before its circuit arrived, and where the keyboard focus goes as the circuit
// takes the page over and after each move to another page (decisions 259, 264). The circuit's first drawing replaces the
// prerendered elements with ones of its own, as the server drew them: text typed into a box before it is written into the
// box at the same place in the new page (tag and index among its parents at each level), as typing would, so the page's
// code hears it; a button pressed (Like, Follow, a menu) is pressed again at the same place if it still says the same —
// shown busy meanwhile, and a second press before then takes the first back; a control the member had tabbed to or
// clicked is focused again; a focus put somewhere since is left alone; only a page where nothing was chosen gives its h1
// the focus. The first drawing is seen here, as the layout's main
// element comes back marked data-circuit="on" (this module runs before the circuit starts: Blazor waits for the document
// to be parsed, and module scripts run before that ends). After a move to another page inside the circuit the h1 always
// takes the focus, as Blazor's FocusOnNavigate gives it (HeadingFocus.razor calls paFocusHeading).
let live = false;
let chosen = null;
const typed = new Map();
const placeOf = element => {
    const steps = [];
    for (let e = element; e.parentElement; e = e.parentElement) steps.unshift([e.tagName, [...e.parentElement.children].indexOf(e)]);
    return steps;
};
const atPlace = steps => {
    let e = document.documentElement;
    for (const [tag, index] of steps) {
        e = e.children[index];
        if (!e || e.tagName !== tag) return null;
    }
    return e;
};
const textBox = e => e instanceof HTMLTextAreaElement
    || (e instanceof HTMLInputElement && ['text', 'search', 'email', 'url', 'tel', 'number'].includes(e.type));
document.addEventListener('focusin', event => {
    if (!live && event.target instanceof Element) chosen = { element: event.target, place: placeOf(event.target) };
}, true);
document.addEventListener('focusout', event => {
    // Left for nothing while still on the page (a click on the page's background): nothing is chosen any more. An element
    // the circuit removes keeps its place remembered. Once live, nothing is recorded: no work on each focus change.
    if (live) return;
    const left = event.target;
    setTimeout(() => {
        if (chosen?.element === left && left.isConnected && document.activeElement !== left) chosen = null;
    });
}, true);
// The last plain button pressed in the prerendered page's main part, with what it says, to be pressed again in the
// circuit's page. Not a form's submit button (it posts the page) nor a link (it loads its page), which do not wait for the
// circuit, nor a button this script or a player's answers without it (share, play, the feed's "Load more").
let pressed = null;
const answeredHere = '[data-pa-share], [data-pa-wave], [data-pa-feed-more], [data-pa-theme-next], [data-pa-nav-toggle]';
const sayingOf = button => `${button.getAttribute('aria-label') ?? ''}|${button.textContent.trim()}`;
document.addEventListener('click', event => {
    if (live || !(event.target instanceof Element)) return;
    const button = event.target.closest('button[type="button"]');
    if (!button || button.disabled || button.closest(answeredHere) || !button.closest('main[data-circuit="off"]')) return;
    if (pressed?.element === button) {
        button.removeAttribute('aria-busy');
        pressed = null;
        return;
    }
    pressed?.element.removeAttribute('aria-busy');
    button.setAttribute('aria-busy', 'true');
    pressed = { element: button, place: placeOf(button), saying: sayingOf(button) };
}, true);
document.addEventListener('input', event => {
    if (live || !textBox(event.target)) return;
    const place = placeOf(event.target);
    typed.set(place.join('/'), { place, value: event.target.value, drawn: event.target.defaultValue });
}, true);
// A page that another replaced without a reload (a static page's enhanced navigation) takes what was done to it along.
window.Blazor?.addEventListener?.('enhancedload', () => {
    typed.clear();
    chosen = null;
    pressed = null;
});

function focusHeading() {
    const focus = heading => {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
    };
    const heading = document.querySelector('h1');
    if (heading) {
        focus(heading);
        return;
    }
    // A page that reads its data first draws its heading a moment later: it takes the focus when it comes, unless the
    // member has put the focus somewhere meanwhile.
    const waiting = new MutationObserver(() => {
        const drawn = document.querySelector('h1');
        if (!drawn) return;
        waiting.disconnect();
        if (!document.activeElement || document.activeElement === document.body) focus(drawn);
    });
    waiting.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => waiting.disconnect(), 5000);
}
window.paFocusHeading = focusHeading;

function retype() {
    // Only over the value the page was drawn with: a box the circuit draws with another value is left as it draws it.
    for (const { place, value, drawn } of typed.values()) {
        const box = atPlace(place);
        if (!textBox(box) || box.value === value || box.value !== drawn) continue;
        box.value = value;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        box.dispatchEvent(new Event('change', { bubbles: true }));
    }
    typed.clear();
}

function pressAgain() {
    const before = pressed;
    pressed = null;
    if (!before || before.element.isConnected) return;
    const button = atPlace(before.place);
    if (button instanceof HTMLButtonElement && !button.disabled && sayingOf(button) === before.saying) button.click();
}

function wentLive() {
    live = true;
    retype();
    pressAgain();
    const before = chosen;
    chosen = null;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const again = before && !before.element.isConnected ? atPlace(before.place) : null;
    if (again instanceof HTMLElement) {
        again.focus({ preventScroll: true });
        if (document.activeElement === again) return;
    }
    focusHeading();
}
new MutationObserver((_, observer) => {
    if (!document.querySelector('main[data-circuit="on"]')) return;
    observer.disconnect();
    wentLive();
}).observe(document.documentElement, { childList: true, subtree: true });
