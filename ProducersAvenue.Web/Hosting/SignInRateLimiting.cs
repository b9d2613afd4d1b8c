using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ProducersAvenue.Domain.Accounts;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// A fixed window per client IP on the account forms' posts (sign in, two-factor, sign up, password and confirmation
/// emails). The Identity pages are static SSR forms that post to their own URL, so the limiter matches POSTs by path;
/// every other request passes untouched. Numbers: <see cref="AccountOptions.SignInPostsPerWindow"/> and
/// <see cref="AccountOptions.SignInWindowSeconds"/>.
/// </summary>
public static class SignInRateLimiting
{
    private static readonly string[] LimitedPaths =
    [
        "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Register",
        "/Account/ForgotPassword", "/Account/ResendEmailConfirmation", "/Account/ResetPassword",
    ];

    public const string TooManyAttempts = "Too many attempts from your network. Wait a minute, then try again.";

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, AccountOptions accounts) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLimited(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                        new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = accounts.SignInPostsPerWindow,
                            Window = TimeSpan.FromSeconds(accounts.SignInWindowSeconds),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var request = context.HttpContext.Request;
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                // "Try again" reopens the form that was posted (a GET, so it does not count against the limit).
                await context.HttpContext.Response.WriteAsync(
                    PlainPage.Html("Slow down", TooManyAttempts, request.Path + request.QueryString), cancellationToken);
            };
        });

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) &&
        LimitedPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
}
