using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Notifications.Unsubscribe;

namespace ProducersAvenue.Domain.Notifications.Email;

/// <summary>A chatty event waiting for the recipient's digest (a row of <c>notification_digest_items</c>).</summary>
public sealed record DigestItem(NotificationType Type, string Title, string? LinkUrl, DateTimeOffset CreatedAt);

/// <summary>
/// The emails notifications send (decision 211): one per event, or one digest of chatty events. Each is queued in the
/// outbox in the caller's unit of work through <c>queue_member_email</c>, which finds the member's confirmed address
/// without showing it to the caller, and each carries a signed unsubscribe link per type it mentions. An email about one
/// type also names that link in its <c>List-Unsubscribe</c> header, for the mail program's own one-click Unsubscribe
/// (RFC 8058, decision 279).
/// </summary>
public sealed class NotificationEmails(UnsubscribeLinks links, IOptions<NotificationOptions> options, TimeProvider clock)
{
    private string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>One email for one event. Returns whether it was queued (false: no confirmed address).</summary>
    public Task<bool> QueueEventAsync(AppDbContext db, NotificationRequest request, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        html.Append("<p><strong>").Append(WebUtility.HtmlEncode(request.Title)).Append("</strong></p>");
        if (NotificationQueryService.Excerpt(request.Type, request.Message) is { Length: > 0 } excerpt)
            html.Append("<p>").Append(WebUtility.HtmlEncode(excerpt)).Append("</p>");
        if (request.LinkUrl is { Length: > 0 } link)
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(Absolute(link))).Append("\">Open on Producers Avenue</a></p>");
        AppendFooter(html, request.UserId, [request.Type]);
        return QueueAsync(db, request.UserId, request.Title, html.ToString(), links.UrlFor(request.UserId, request.Type), cancellationToken);
    }

    /// <summary>One email listing <paramref name="items"/> (oldest first; at most <see cref="NotificationOptions.DigestMaxItems"/> lines).</summary>
    public Task<bool> QueueDigestAsync(AppDbContext db, Guid userId, IReadOnlyList<DigestItem> items, CancellationToken cancellationToken)
    {
        var max = Math.Max(1, options.Value.DigestMaxItems);
        var html = new StringBuilder("<p>Here is what happened since your last digest:</p><ul>");
        foreach (var item in items.Take(max))
        {
            html.Append("<li>");
            if (item.LinkUrl is { Length: > 0 } link)
                html.Append("<a href=\"").Append(WebUtility.HtmlEncode(Absolute(link))).Append("\">").Append(WebUtility.HtmlEncode(item.Title)).Append("</a>");
            else
                html.Append(WebUtility.HtmlEncode(item.Title));
            html.Append("</li>");
        }
        html.Append("</ul>");
        if (items.Count > max) html.Append("<p>…and ").Append(items.Count - max).Append(" more.</p>");
        var types = items.Select(i => i.Type).Distinct().Order().ToList();
        AppendFooter(html, userId, types);
        // A header names one list: a digest of one type names its link; one of several leaves it to the footer's links.
        var oneClick = types is [var only] ? links.UrlFor(userId, only) : null;
        return QueueAsync(db, userId, DigestSubject(items.Count), html.ToString(), oneClick, cancellationToken);
    }

    public static string DigestSubject(int count) => $"Your digest: {Counted.Of(count, "new notification")}";

    private void AppendFooter(StringBuilder html, Guid userId, IReadOnlyList<NotificationType> types)
    {
        html.Append("<hr><p style=\"color:#666;font-size:12px\">");
        foreach (var type in types)
        {
            var label = NotificationTypeCatalog.For(type).Label;
            html.Append("<a href=\"").Append(WebUtility.HtmlEncode(links.UrlFor(userId, type))).Append("\">Unsubscribe from emails about ")
                .Append(WebUtility.HtmlEncode(label.ToLowerInvariant())).Append("</a><br>");
        }
        html.Append("<a href=\"").Append(WebUtility.HtmlEncode(BaseUrl + "/settings/notifications")).Append("\">All notification settings</a></p>");
    }

    private string Absolute(string link) =>
        link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? link : BaseUrl + "/" + link.TrimStart('/');

    private async Task<bool> QueueAsync(AppDbContext db, Guid recipient, string subject, string html, string? listUnsubscribeUrl,
        CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>(
            $"SELECT queue_member_email({Guid.CreateVersion7()}, {recipient}, {subject}, {html}, {clock.GetUtcNow()}, {listUnsubscribeUrl}) AS \"Value\"")
            .SingleAsync(cancellationToken);
}
