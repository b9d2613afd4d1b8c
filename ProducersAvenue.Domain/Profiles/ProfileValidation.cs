using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Profiles;

/// <summary>
/// Field rules of the profile form that need no database: username shape and reserved names, lengths, website URL.
/// Uniqueness is checked by <see cref="ProfileService"/>.
/// </summary>
public static partial class ProfileValidation
{
    /// <summary>Names that would clash with routes, staff or the brand.</summary>
    public static IReadOnlySet<string> ReservedUsernames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "administrator", "api", "settings", "account", "accounts", "login", "logout", "register", "signin", "signup",
        "support", "help", "about", "files", "assets", "u", "user", "users", "root", "system", "moderator", "mod", "staff",
        "official", "security", "billing", "checkout", "marketplace", "groups", "messages", "notifications", "search", "explore",
        "feed", "new", "edit", "me", "null", "undefined", "www", "mail", "static", "health", "privacy", "terms", "blog",
        "articles", "webinars", "orders", "wallet", "producersavenue", "producers_avenue", "producers.avenue",
    };

    /// <summary>Trimmed and lowercased: usernames are unique case-insensitively and stored lowercase.</summary>
    public static string NormalizeUsername(string? username) => (username ?? "").Trim().ToLowerInvariant();

    public static Error? CheckUsername(string normalized, ProfileOptions options)
    {
        if (normalized.Length == 0) return Error.Validation(ProfileFields.Username, "Choose a username.");
        if (normalized.Length < options.UsernameMinLength || normalized.Length > options.UsernameMaxLength)
            return Error.Validation(ProfileFields.Username, $"A username has {options.UsernameMinLength}–{options.UsernameMaxLength} characters.");
        if (!UsernameCharacters().IsMatch(normalized))
            return Error.Validation(ProfileFields.Username, "Use only lowercase letters, digits, _ and . in a username.");
        if (ReservedUsernames.Contains(normalized))
            return Error.Validation(ProfileFields.Username, $"“{normalized}” is reserved. Choose another username.");
        return null;
    }

    public static Error? CheckLength(string field, string label, string? value, int max) =>
        value is not null && value.Length > max ? Error.Validation(field, $"{label} can be at most {max} characters.") : null;

    /// <summary>Blank → null; no scheme → https://; must be an absolute http(s) URL with a dotted host.</summary>
    public static Result<string?> NormalizeWebsite(string? input)
    {
        var value = input?.Trim();
        if (string.IsNullOrEmpty(value)) return Result.Success<string?>(null);
        if (!value.Contains("://", StringComparison.Ordinal)) value = "https://" + value;
        if (value.Length > UserProfile.UrlMaxLength)
            return Error.Validation(ProfileFields.WebsiteUrl, $"The website address can be at most {UserProfile.UrlMaxLength} characters.");
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") ||
            !uri.Host.Contains('.', StringComparison.Ordinal) || value.Any(char.IsWhiteSpace))
            return Error.Validation(ProfileFields.WebsiteUrl, "Enter a web address starting with http:// or https://.");
        return Result.Success<string?>(value);
    }

    [GeneratedRegex("^[a-z0-9_.]+$")]
    private static partial Regex UsernameCharacters();
}
