using System.Net;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// The 429 page of the sign-in rate limit. It answers before routing (no Blazor, no database), so it is plain HTML in
/// the site's look: the app bar with the logo, the auth card of the sign-in pages (app.css), the site's dark theme
/// when the device asks for it, and links back.
/// </summary>
public static class TooManyRequestsPage
{
    public const string Title = "Slow down";

    public static string Html(string message, string? returnPath) =>
        $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1.0" />
        <title>{{Title}} · Producers Avenue</title>
        <link rel="icon" type="image/svg+xml" href="/assets/favicon.svg" />
        <link rel="stylesheet" href="/css/account.css" />
        <link rel="stylesheet" href="/app.css" />
        <style>
          .pa-429-bar { background: #1e1533; color: #fff; height: 64px; display: flex; align-items: center; padding: 0 1.5rem; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
          .pa-429-bar .pa-brand-name { display: inline; }
          main.pa-auth { padding: 2rem 1rem 3rem; }
          .pa-auth a.btn-primary { color: #fff; background: #6d28d9; border-color: #6d28d9; }
          @media (prefers-color-scheme: dark) {
            body.pa-auth-plain { background: #17131f; color: #ece9f5; }
            .pa-429-bar { background: #120c20; }
            .pa-auth-card { background: #1b1626; color: #ece9f5; }
            .pa-auth-sub { color: #c9c2db; }
            .pa-auth-footer { border-top-color: #2e2740; }
            .pa-auth a:not(.btn) { color: #c4b5fd; }
          }
        </style>
        </head>
        <body class="pa-auth-plain">
        <header class="pa-429-bar">
          <a href="/" class="pa-brand" aria-label="Producers Avenue home"><img src="/assets/logo.svg" alt="" width="32" height="32" /><span class="pa-brand-name">Producers Avenue</span></a>
        </header>
        <main class="pa-auth">
          <section class="pa-auth-card" aria-labelledby="pa-auth-title">
            <h1 id="pa-auth-title">{{Title}}</h1>
            <p class="pa-auth-sub">{{WebUtility.HtmlEncode(message)}}</p>
            <a class="w-100 btn btn-lg btn-primary" href="{{WebUtility.HtmlEncode(returnPath ?? "/")}}">Try again</a>
            <div class="pa-auth-footer"><p><a href="/">Back to Producers Avenue</a></p></div>
          </section>
        </main>
        </body>
        </html>
        """;
}
