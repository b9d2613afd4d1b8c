using System.Globalization;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance.Payments.Sandbox;

/// <summary>What a test card does in the sandbox, as in Stripe's test mode.</summary>
public enum SandboxCardBehaviour
{
    Succeeds,
    Declined,
    /// <summary>Succeeds now; the buyer's bank disputes it later.</summary>
    SucceedsThenDisputed,
    /// <summary>Succeeds now; a plan paid with it fails to renew (its card is declined at the period's end).</summary>
    SucceedsThenRenewalsFail,
    /// <summary>A real-looking card that is not one of the test cards.</summary>
    Unknown,
    /// <summary>Not a card number: wrong length or a failed check digit.</summary>
    Invalid,
}

/// <summary>Stripe's test card numbers, the ones the sandbox knows.</summary>
public static class SandboxCards
{
    public const string Success = "4242424242424242";
    public const string Declined = "4000000000000002";
    public const string Disputed = "4000000000000259";
    /// <summary>Stripe's card that is accepted but whose later charges are declined: a plan paid with it goes past due at renewal.</summary>
    public const string RenewalsFail = "4000000000000341";

    /// <summary>The charge id of a sandbox payment made with <see cref="RenewalsFail"/>: the plan's card on file declines renewals.</summary>
    public static string RenewalsFailChargeId(Guid transactionId) => $"{RenewalsFailChargePrefix}{transactionId:N}";

    /// <summary>What <see cref="RenewalsFailChargeId"/> starts with.</summary>
    public const string RenewalsFailChargePrefix = "ch_sbx_renewals_fail_";

    /// <summary>
    /// The card form, as a hosted payment page checks it before it charges, every field at once: a number of 16 digits
    /// that passes the card check, an expiry "MM/YY" (or "MMYY") not in the past (a card is good through the last day of its month)
    /// and a CVC of 3 or 4 digits. The sandbox charges by the number alone; these are what a member would be told on the
    /// real page.
    /// </summary>
    public static Result CheckDetails(string? cardNumber, string? expiry, string? cvc, DateTimeOffset now)
    {
        var errors = new List<Error>();
        if (Classify(cardNumber) == SandboxCardBehaviour.Invalid) errors.Add(FinanceErrors.CardNumberInvalid);
        var written = (expiry ?? "").Replace(" ", "", StringComparison.Ordinal);
        // "1229" is read as 12/29, as card forms do when the slash is left out.
        if (written.Length == 4 && written.All(char.IsAsciiDigit)) written = $"{written[..2]}/{written[2..]}";
        var parts = written.Split('/');
        if (parts is not [{ Length: 2 } mm, { Length: 2 } yy] || !mm.All(char.IsAsciiDigit) || !yy.All(char.IsAsciiDigit)
            || int.Parse(mm, CultureInfo.InvariantCulture) is < 1 or > 12)
            errors.Add(FinanceErrors.CardExpiryInvalid);
        else if (new DateTimeOffset(2000 + int.Parse(yy, CultureInfo.InvariantCulture), int.Parse(mm, CultureInfo.InvariantCulture), 1, 0, 0, 0, TimeSpan.Zero)
                     .AddMonths(1) <= now)
            errors.Add(FinanceErrors.CardExpired);
        var code = (cvc ?? "").Trim();
        if (code.Length is < 3 or > 4 || !code.All(char.IsAsciiDigit)) errors.Add(FinanceErrors.CardCvcInvalid);
        return Result.Failure(errors);
    }

    public static SandboxCardBehaviour Classify(string? typed)
    {
        var digits = new string((typed ?? "").Where(c => c is not (' ' or '-')).ToArray());
        if (digits.Length != 16 || !digits.All(char.IsAsciiDigit) || !PassesLuhn(digits)) return SandboxCardBehaviour.Invalid;
        return digits switch
        {
            Success => SandboxCardBehaviour.Succeeds,
            Declined => SandboxCardBehaviour.Declined,
            Disputed => SandboxCardBehaviour.SucceedsThenDisputed,
            RenewalsFail => SandboxCardBehaviour.SucceedsThenRenewalsFail,
            _ => SandboxCardBehaviour.Unknown,
        };
    }

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }
}
