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
});
