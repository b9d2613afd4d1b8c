using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payouts.Paypal;

/// <summary>
/// A member's PayPal payout method (decision 215): adding an email stores it unverified and mails a signed link to that
/// address; opening the link as the same member, before it expires and while that email is still the wallet's, verifies it
/// and turns payouts on. The link carries the member, the email and its expiry, protected by Data Protection, so no table
/// holds codes. Changing or removing the email is refused while a PayPal payout is waiting or on its way. Writes go through
/// the money path (decision 190).
/// </summary>
public sealed class PaypalPayoutMethod(
    IDbContextFactory<AppDbContext> contexts, [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, ICurrentUser user, IMailer mailer,
    IDataProtectionProvider protection, IOptions<PaypalOptions> options, TimeProvider clock)
{
    public const string VerifyPath = "/wallet/paypal/verify";
    private readonly IDataProtector _links = protection.CreateProtector("ProducersAvenue.Payouts.PaypalEmail.v1");

    /// <summary>The member's payout methods as the wallet page shows them.</summary>
    public async Task<PayoutMethodView?> MineAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Wallets.AsNoTracking().Where(w => w.UserId == me)
            .Select(w => new PayoutMethodView(w.PaypalEmail, w.PaypalVerified, w.StripeAccountId, w.StripeAccountStatus, w.PayoutsEnabled))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Stores <paramref name="email"/> unverified and mails it a verification link on <paramref name="site"/>.</summary>
    public async Task<Result> AddAsync(string? email, Uri site, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (Normalize(email) is not { } address) return FinanceErrors.PaypalEmailInvalid;
        var now = clock.GetUtcNow();
        var expires = now.AddHours(options.Value.VerificationHours);
        var token = LinkToken(me, address, expires);
        var link = new Uri(site, $"{VerifyPath}?token={Uri.EscapeDataString(token)}").AbsoluteUri;

        return await money.RunAsync<Result>(async (db, ct) =>
        {
            if (await PaypalPayoutOpenAsync(db, me, ct)) return FinanceErrors.PayoutMethodInUse;
            // The verified address again (as typed, or in other capitals): nothing to verify, and it stays verified.
            if (await db.Database.SqlQuery<bool>($"""
                    SELECT EXISTS (SELECT 1 FROM wallets WHERE user_id = {me} AND paypal_verified AND paypal_email = {address}) AS "Value"
                    """).SingleAsync(ct))
                return FinanceErrors.PaypalEmailAlreadyVerified;
            // Counted and stamped in one conditional update: two adds at once meet at the row lock, and the second is
            // checked again against what the first wrote.
            var since = now.AddDays(-1);
            var perDay = options.Value.VerificationEmailsPerDay;
            var changed = await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE wallets SET paypal_email = {address}, paypal_verified = false, updated_at = {now},
                       paypal_verifications_sent_at = ARRAY(SELECT t FROM unnest(paypal_verifications_sent_at) t WHERE t > {since}) || {now}::timestamptz
                WHERE user_id = {me} AND cardinality(ARRAY(SELECT t FROM unnest(paypal_verifications_sent_at) t WHERE t > {since})) < {perDay}
                """, ct);
            if (changed == 0) return FinanceErrors.PaypalVerificationsTooMany(perDay);
            await WalletPayoutsEnabled.RefreshAsync(db, me, now, ct);
            await mailer.SendAsync(address, "Verify your PayPal email for Producers Avenue payouts", VerificationEmail(link, expires), ct);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Verifies the email a link was sent to, if the link is intact, unexpired, the member's own and still current.</summary>
    public async Task<Result> VerifyAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        string[] parts;
        try
        {
            parts = _links.Unprotect(token ?? "").Split('\n');
        }
        catch (CryptographicException)
        {
            return FinanceErrors.PaypalLinkInvalid;
        }
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var member) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expiry))
            return FinanceErrors.PaypalLinkInvalid;
        if (member != me) return FinanceErrors.PaypalLinkNotYours;
        var now = clock.GetUtcNow();
        if (now.ToUnixTimeSeconds() > expiry) return FinanceErrors.PaypalLinkExpired;
        var address = parts[1];

        return await money.RunAsync<Result>(async (db, ct) =>
        {
            var verified = await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE wallets SET paypal_verified = true, updated_at = {now} WHERE user_id = {me} AND paypal_email = {address}", ct);
            if (verified == 0) return FinanceErrors.PaypalLinkSuperseded;
            await WalletPayoutsEnabled.RefreshAsync(db, me, now, ct);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Removes the PayPal email; payouts stay on only through a Stripe account.</summary>
    public async Task<Result> RemoveAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var now = clock.GetUtcNow();
        return await money.RunAsync<Result>(async (db, ct) =>
        {
            if (await PaypalPayoutOpenAsync(db, me, ct)) return FinanceErrors.PayoutMethodInUse;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE wallets SET paypal_email = NULL, paypal_verified = false, updated_at = {now} WHERE user_id = {me}", ct);
            await WalletPayoutsEnabled.RefreshAsync(db, me, now, ct);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>The token of a verification link; also how the demo seeder "opens" the link it would have mailed.</summary>
    internal string LinkToken(Guid member, string address, DateTimeOffset? expires = null) =>
        _links.Protect(string.Join('\n', member.ToString("N"), address,
            (expires ?? clock.GetUtcNow().AddHours(options.Value.VerificationHours)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));

    /// <summary>A trimmed, lower-cased single mailbox address of at most <see cref="Wallet.EmailMaxLength"/> characters, or null.</summary>
    public static string? Normalize(string? email)
    {
        var text = TextInput.Clean(email)?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > Wallet.EmailMaxLength) return null;
        // The account forms' rule: "😀@example.test" and "a@[127.0.0.1]" were taken here and sent a verification email.
        return EmailShape.IsMailbox(text) ? text.ToLowerInvariant() : null;
    }

    private static Task<bool> PaypalPayoutOpenAsync(AppDbContext db, Guid member, CancellationToken ct) =>
        db.Payouts.AnyAsync(p => p.UserId == member && p.PayoutMethod == PayoutMethod.Paypal
                                 && (p.Status == PayoutStatus.Pending || p.Status == PayoutStatus.Processing), ct);

    private static string VerificationEmail(string link, DateTimeOffset expires) => $"""
        <p>You added this PayPal email as the account your Producers Avenue earnings are paid to.</p>
        <p><a href="{WebUtility.HtmlEncode(link)}">Verify this PayPal email</a> while signed in to Producers Avenue. The link works until
        {expires.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)}.</p>
        <p>If you did not add it, ignore this email: nothing is paid to an address until it is verified.</p>
        """;
}

/// <summary>A member's payout methods: a PayPal email (verified or not) and a Stripe Connect account with its status.</summary>
public sealed record PayoutMethodView(string? PaypalEmail, bool PaypalVerified, string? StripeAccountId, StripeAccountStatus? StripeStatus, bool PayoutsEnabled);
