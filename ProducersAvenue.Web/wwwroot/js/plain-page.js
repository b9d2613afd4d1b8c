// The plain page's "Try again" after a refused form post (Hosting/PlainPage.cs, the rate limits' 429): going back in the
// tab's history shows the form as the browser kept it, with what was typed; a new GET of the form (the link's own address,
// still there without script) would open it empty. A tab opened on the refusal has nothing to go back to: the link then
// opens the form.
document.querySelectorAll("a[data-pa-back]").forEach((link) => link.addEventListener("click", (event) => {
  if (window.history.length < 2) return;
  event.preventDefault();
  window.history.back();
}));
