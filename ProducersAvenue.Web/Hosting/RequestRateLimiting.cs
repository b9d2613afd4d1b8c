using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// Fixed windows on the requests a stranger could repeat cheaply and we answer expensively:
/// <list type="bullet">
/// <item>the account forms' posts (sign in, two-factor, sign up, password and confirmation emails), per client IP — the
/// Identity pages are static SSR forms that post to their own URL, so the global limiter matches POSTs by the page they reach
/// (<see cref="AccountOptions.SignInPostsPerWindow"/>, <see cref="AccountOptions.SignInWindowSeconds"/>);</item>
/// <item>the account settings' posts that check a password or a code or send an email (change email, change or set the
/// password, close the account, add an authenticator), per member: a stolen session cannot guess the password there, nor
/// an account mail any address without end (<see cref="AccountOptions.SettingsPostsPerWindow"/>,
/// <see cref="AccountOptions.SettingsWindowSeconds"/>);</item>
/// <item>the download buttons (<see cref="Downloads"/>: product files, message attachments), per member, so one
/// account cannot mint private links for a scraper (<see cref="StorageOptions.DownloadsPerWindow"/>,
/// <see cref="StorageOptions.DownloadWindowSeconds"/>);</item>
/// <item>the members offered while an @mention is typed (<see cref="Suggestions"/>), per member
/// (<see cref="SocialOptions.MentionSuggestionsPerMinute"/>): a refusal is a bare 429, and the box offers nobody until the
/// window turns.</item>
/// </list>
/// Every other request passes untouched. A refused request gets the site's plain "Slow down" page (429) that says how
/// long to wait (and a <c>Retry-After</c> header). Its "Try again" goes back to a refused form as the browser kept it, with
/// what was typed — a new GET of the form, which it opened before, came back empty — and repeats the GET of a download
/// (<see cref="PlainPage"/>).
/// </summary>
public static class RequestRateLimiting
{
    /// <summary>The policy of the endpoints that hand out download links (<c>RequireRateLimiting(Downloads)</c>).</summary>
    public const string Downloads = "downloads";

    /// <summary>The policy of the endpoint that offers members to mention (<c>RequireRateLimiting(Suggestions)</c>).</summary>
    public const string Suggestions = "suggestions";

    private static readonly string[] SignInPaths =
    [
        "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Register",
        "/Account/ForgotPassword", "/Account/ResendEmailConfirmation", "/Account/ResetPassword",
    ];

    private static readonly string[] SettingsPaths =
    [
        "/Account/Manage/Email", "/Account/Manage/ChangePassword", "/Account/Manage/SetPassword",
        "/Account/Manage/DeletePersonalData", "/Account/Manage/EnableAuthenticator",
    ];

    public const string TooManyAttempts = "Too many attempts from your network.";

    public const string TooManyChanges = "You have sent this form many times in the last few minutes.";

    public const string TooManyDownloads = "You have downloaded a lot of files in the last few minutes.";

    /// <summary>What the page says after the reason: how long until the window turns, and that a form keeps what was typed.</summary>
    public static string WaitThenTryAgain(TimeSpan wait, bool form) =>
        $"Wait {Words(wait)}, then try again{(form ? ": “Try again” takes you back to the form with what you typed." : ".")}";

    /// <summary>"45 seconds", "a minute", "10 minutes": rounded up, so the wait said is never too short.</summary>
    private static string Words(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        if (seconds < 60) return seconds == 1 ? "a second" : $"{seconds} seconds";
        var minutes = (seconds + 59) / 60;
        return minutes == 1 ? "a minute" : $"{minutes} minutes";
    }

    public static WebApplicationBuilder AddRequestRateLimiting(this WebApplicationBuilder builder)
    {
        var accounts = builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var social = builder.Configuration.GetSection(SocialOptions.Section).Get<SocialOptions>() ?? new SocialOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsPostTo(context, SignInPaths)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                        Window(accounts.SignInPostsPerWindow, accounts.SignInWindowSeconds))
                    : IsPostTo(context, SettingsPaths)
                        ? RateLimitPartition.GetFixedWindowLimiter("settings:" + Member(context), _ =>
                            Window(accounts.SettingsPostsPerWindow, accounts.SettingsWindowSeconds))
                        : RateLimitPartition.GetNoLimiter(""));
            options.AddPolicy(Downloads, context => RateLimitPartition.GetFixedWindowLimiter(Member(context),
                _ => Window(storage.DownloadsPerWindow, storage.DownloadWindowSeconds)));
            options.AddPolicy(Suggestions, context => RateLimitPartition.GetFixedWindowLimiter(Member(context),
                _ => Window(social.MentionSuggestionsPerMinute, 60)));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var request = context.HttpContext.Request;
                // A script's question, not a page: the status says it all.
                if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Suggestions)
                {
                    // Not turned into the "not found" page the status code pages would make of an empty answer.
                    if (context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
                    return;
                }
                var (reason, window) = IsPostTo(context.HttpContext, SignInPaths) ? (TooManyAttempts, accounts.SignInWindowSeconds)
                    : IsPostTo(context.HttpContext, SettingsPaths) ? (TooManyChanges, accounts.SettingsWindowSeconds)
                    : (TooManyDownloads, storage.DownloadWindowSeconds);
                // A fixed window's lease says the window's length: the longest the wait can be, never too short.
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(window);
                var form = HttpMethods.IsPost(request.Method);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                // "Try again" goes back to the form that was posted (its fallback link opens it, a GET, which the limit does
                // not count) or repeats the download.
                await context.HttpContext.Response.WriteAsync(PlainPage.Html("Slow down", $"{reason} {WaitThenTryAgain(wait, form)}",
                    request.Path + request.QueryString, backToForm: form), cancellationToken);
            };
        });
        return builder;
    }

    /// <summary>
    /// The partition of a policy whose endpoints require a signed-in member: the member (the client address only as a
    /// fallback), so one account cannot spread its requests over addresses, nor one address hold others back.
    /// </summary>
    private static string Member(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions Window(int permits, int seconds) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromSeconds(seconds), QueueLimit = 0 };

    /// <summary>
    /// A POST to one of <paramref name="forms"/>, however its address is spelled: by the page it reached (routing ignores
    /// case and a trailing slash, so "/account/login/" is the same form) or by its path without trailing slashes.
    /// </summary>
    private static bool IsPostTo(HttpContext context, string[] forms)
    {
        if (!HttpMethods.IsPost(context.Request.Method)) return false;
        var route = context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } raw } ? raw : null;
        var path = context.Request.Path.Value?.TrimEnd('/');
        return forms.Any(form => string.Equals(form, route?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
                                       || string.Equals(form, path, StringComparison.OrdinalIgnoreCase));
    }
}
