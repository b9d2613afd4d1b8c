using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications.Unsubscribe;

/// <summary>Who an unsubscribe link was made for, and which type's emails it stops.</summary>
public sealed record UnsubscribeRequest(Guid UserId, NotificationType Type);

/// <summary>
/// Signed one-click unsubscribe links (decision 212): <c>/unsubscribe?u=&lt;member&gt;&amp;t=&lt;type&gt;&amp;x=&lt;expiry&gt;&amp;sig=…</c>.
/// <c>sig</c> is the member, type and expiry sealed with ASP.NET Core Data Protection (authenticated encryption with the
/// app's rotating keys), so a link whose member, type or expiry was changed, or whose signature was cut, is refused; an
/// intact link stops working <see cref="NotificationOptions.UnsubscribeLinkDays"/> days after the email was written.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public const string Path = "/unsubscribe";
    private readonly IDataProtector _protector = protection.CreateProtector("ProducersAvenue.Notifications.Unsubscribe.v1");

    /// <summary>The absolute link for an email.</summary>
    public string UrlFor(Guid userId, NotificationType type) => options.Value.PublicBaseUrl.TrimEnd('/') + PathFor(userId, type);

    /// <summary>The link's path and query.</summary>
    public string PathFor(Guid userId, NotificationType type)
    {
        var expires = clock.GetUtcNow().AddDays(options.Value.UnsubscribeLinkDays).ToUnixTimeSeconds();
        var u = userId.ToString("N");
        var t = EnumText<NotificationType>.ToText(type);
        var x = expires.ToString(CultureInfo.InvariantCulture);
        return $"{Path}?u={u}&t={t}&x={x}&sig={_protector.Protect(Payload(u, t, x))}";
    }

    /// <summary>The request a link carries, or why it cannot be honoured (changed or cut: invalid; too old: expired).</summary>
    public Result<UnsubscribeRequest> Verify(string? u, string? t, string? x, string? sig)
    {
        if (!Guid.TryParseExact(u, "N", out var userId) || !EnumText<NotificationType>.TryParse(t, out var type)
            || !long.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var expires) || string.IsNullOrEmpty(sig))
            return NotificationsErrors.UnsubscribeLinkInvalid;
        try
        {
            if (_protector.Unprotect(sig) != Payload(u!, t!, x!)) return NotificationsErrors.UnsubscribeLinkInvalid;
        }
        catch (CryptographicException)
        {
            return NotificationsErrors.UnsubscribeLinkInvalid;
        }
        if (expires < DateTimeOffset.MinValue.ToUnixTimeSeconds() || expires > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || DateTimeOffset.FromUnixTimeSeconds(expires) < clock.GetUtcNow())
            return NotificationsErrors.UnsubscribeLinkExpired;
        return new UnsubscribeRequest(userId, type);
    }

    private static string Payload(string u, string t, string x) => $"{u}|{t}|{x}";
}
