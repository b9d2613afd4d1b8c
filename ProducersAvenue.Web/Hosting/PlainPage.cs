using System.Net;
using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// A page for answers given outside Blazor — the rate limits' 429 (before the endpoint) and the 500 of an unhandled
/// error (when the layout or the database may be what failed) — so it is plain HTML with no database call, in the site's
/// look: the app bar with the logo, the auth card of the sign-in pages (app.css), the site's dark theme when the device
/// asks for it, one way to try again, and a link home. Every text is HTML-encoded.
/// <para>A refused form post's "Try again" goes back in the tab's history (<c>/js/plain-page.js</c>, a file because the
/// policy runs no inline script or handler): the browser shows the form as it was left, with what was typed, where a new
/// GET of the form would be empty. Without script, or in a tab opened on the refusal, the link opens the form afresh.</para>
/// </summary>
public static class PlainPage
{
    /// <param name="title">The heading and the tab's title.</param>
    /// <param name="message">One or two sentences under the heading.</param>
    /// <param name="retryPath">Where "Try again" goes: a path on this site (<see cref="ReturnUrls.OrHome"/>), else home.</param>
    /// <param name="reference">A reference to quote to support (an error's request id), shown under the message.</param>
    /// <param name="backToForm">Whether "Try again" goes back to a form that was posted, keeping what was typed.</param>
    public static string Html(string title, string message, string? retryPath, string? reference = null, bool backToForm = false) =>
        $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1.0" />
        <title>{{WebUtility.HtmlEncode(title)}} · Producers Avenue</title>
        <link rel="icon" type="image/svg+xml" href="/assets/favicon.svg" />
        <link rel="stylesheet" href="/css/account.css" />
        <link rel="stylesheet" href="/app.css" />
        {{(backToForm ? """<script src="/js/plain-page.js" defer></script>""" : "")}}
        <style>
          .pa-plain-bar { background: #1e1533; color: #fff; height: 64px; display: flex; align-items: center; padding: 0 1.5rem; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
          .pa-plain-bar .pa-brand-name { display: inline; }
          main.pa-auth { padding: 2rem 1rem 3rem; }
          .pa-auth a.btn-primary { color: #fff; background: #6d28d9; border-color: #6d28d9; }
          .pa-plain-reference { font-size: .85rem; color: #6b6480; margin: -.5rem 0 1.25rem; overflow-wrap: anywhere; }
          @media (prefers-color-scheme: dark) {
            body.pa-auth-plain { background: #17131f; color: #ece9f5; }
            .pa-plain-bar { background: #120c20; }
            .pa-auth-card { background: #1b1626; color: #ece9f5; }
            .pa-auth-sub, .pa-plain-reference { color: #c9c2db; }
            .pa-auth-footer { border-top-color: #2e2740; }
            .pa-auth a:not(.btn) { color: #c4b5fd; }
          }
        </style>
        </head>
        <body class="pa-auth-plain">
        <header class="pa-plain-bar">
          <a href="/" class="pa-brand" aria-label="Producers Avenue home"><img src="/assets/logo.svg" alt="" width="32" height="32" /><span class="pa-brand-name">Producers Avenue</span></a>
        </header>
        <main class="pa-auth">
          <section class="pa-auth-card" aria-labelledby="pa-auth-title">
            <h1 id="pa-auth-title">{{WebUtility.HtmlEncode(title)}}</h1>
            <p class="pa-auth-sub">{{WebUtility.HtmlEncode(message)}}</p>
            {{(reference is null ? "" : $"""<p class="pa-plain-reference">Reference: <code>{WebUtility.HtmlEncode(reference)}</code></p>""")}}
            <a {{(backToForm ? "data-pa-back " : "")}}class="w-100 btn btn-lg btn-primary" href="{{WebUtility.HtmlEncode(ReturnUrls.OrHome(retryPath))}}">Try again</a>
            <div class="pa-auth-footer"><p><a href="/">Back to Producers Avenue</a></p></div>
          </section>
        </main>
        </body>
        </html>
        """;
}
