using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Profiles;

/// <summary>
/// The profile's smart link (schema document, user_profiles): optional; trimmed; <c>https://</c> prepended when no
/// scheme is given; must match <see cref="Pattern"/>; every other domain is refused with a message naming rolink.me.
/// </summary>
public static partial class SmartLink
{
    public const string Pattern = @"^https?://(www\.)?rolink\.me/.*$";
    public const string Field = "SmartLink";

    /// <summary>The stored form of <paramref name="input"/> (null when blank), or a validation error at <see cref="Field"/>.</summary>
    public static Result<string?> Normalize(string? input)
    {
        var value = input?.Trim();
        if (string.IsNullOrEmpty(value)) return Result.Success<string?>(null);
        if (!SchemePattern().IsMatch(value)) value = "https://" + value;
        // Scheme and host are case-insensitive; store them lowercase so the database check (case-sensitive) agrees.
        var prefix = PrefixPattern().Match(value);
        if (prefix.Success) value = prefix.Value.ToLowerInvariant() + value[prefix.Length..];
        if (value.Length > UserProfile.UrlMaxLength)
            return ProfilesErrors.SmartLinkTooLong(UserProfile.UrlMaxLength);
        if (!LinkPattern().IsMatch(value) || value.Any(char.IsWhiteSpace))
            return ProfilesErrors.SmartLinkNotRolink;
        return Result.Success<string?>(value);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*://")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"^https?://(www\.)?rolink\.me/", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(Pattern)]
    private static partial Regex LinkPattern();
}
