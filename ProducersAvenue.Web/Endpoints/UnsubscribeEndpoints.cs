using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Notifications.Unsubscribe;

namespace ProducersAvenue.Web.Endpoints;

public static class UnsubscribeEndpoints
{
    /// <summary>The body a mail program's one-click Unsubscribe posts (RFC 8058).</summary>
    public const string OneClickField = "List-Unsubscribe";
    public const string OneClickValue = "One-Click";

    /// <summary>
    /// <c>POST /unsubscribe?u=…&amp;t=…&amp;x=…&amp;sig=…</c> with the body <c>List-Unsubscribe=One-Click</c>: a mail
    /// program's own Unsubscribe button, named by the email's <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post</c>
    /// headers (RFC 8058, decision 279). The same signed link and the same <see cref="UnsubscribeService"/> as the page
    /// <c>GET /unsubscribe</c> (decision 212): 200 once that type's emails are off (or the account is gone), 400 for a
    /// link that is changed, cut, expired, or posted without the one-click body; nothing changes then. Ordered before the
    /// page, whose route also takes POSTs (forms).
    /// </summary>
    public static IEndpointRouteBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(UnsubscribeLinks.Path, async (HttpContext http, UnsubscribeService unsubscribe) =>
        {
            if (!http.Request.HasFormContentType) return Results.BadRequest();
            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
            {
                return Results.BadRequest();
            }
            if (form[OneClickField] != OneClickValue) return Results.BadRequest();
            var q = http.Request.Query;
            var result = await unsubscribe.UnsubscribeAsync(q["u"], q["t"], q["x"], q["sig"], http.RequestAborted);
            return result.Succeeded || result.FirstError == NotificationsErrors.AccountGone
                ? Results.Text("You are unsubscribed.", "text/plain")
                : Results.BadRequest();
        }).DisableAntiforgery().WithOrder(-1);
        return endpoints;
    }
}
