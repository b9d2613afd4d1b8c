using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Profiles;

/// <summary>
/// Field rules of the profile form that need no database: lengths, a display name without a badge, and the website URL. Username rules are
/// <see cref="Accounts.UsernameRules"/> and <see cref="Accounts.UsernameAvailability"/>, shared with sign-up.
/// </summary>
public static class ProfileValidation
{
    public static Error? CheckLength(string field, string label, string? value, int max) =>
        value is not null && value.Length > max ? ProfilesErrors.TooLong(field, label, max) : null;

    /// <summary>
    /// Check marks a display name may not carry ("Nova Beats ✔"): beside a name they read as a verified badge, which the
    /// site does not hand out, and one member could pass for another's official account with them.
    /// </summary>
    public static Error? CheckNoBadge(string? displayName) =>
        displayName is not null && displayName.EnumerateRunes().Any(r => r.Value is 0x2713 or 0x2714 or 0x2611 or 0x2705 or 0x1F5F8 or 0x1F5F9)
            ? ProfilesErrors.DisplayNameBadge
            : null;

    /// <summary>Blank → null; no scheme → https://; must be an absolute http(s) URL with a dotted host.</summary>
    public static Result<string?> NormalizeWebsite(string? input)
    {
        var value = input?.Trim();
        if (string.IsNullOrEmpty(value)) return Result.Success<string?>(null);
        if (!value.Contains("://", StringComparison.Ordinal)) value = "https://" + value;
        if (value.Length > UserProfile.UrlMaxLength)
            return ProfilesErrors.WebsiteTooLong(UserProfile.UrlMaxLength);
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") ||
            !uri.Host.Contains('.', StringComparison.Ordinal) || value.Any(char.IsWhiteSpace))
            return ProfilesErrors.WebsiteInvalid;
        return Result.Success<string?>(value);
    }

}
