namespace ProducersAvenue.Domain.Accounts;

/// <summary>The <c>Accounts</c> configuration section: sign-up and sign-in rules that are numbers or lists, not code.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Usernames nobody may register: they clash with routes or pretend to speak for the platform.</summary>
    public List<string> ReservedUsernames { get; set; } =
    [
        "admin", "administrator", "api", "settings", "support", "help", "root", "system", "moderator", "mod", "staff",
        "login", "logout", "register", "signin", "signup", "account", "accounts", "u", "user", "users", "profile", "profiles",
        "explore", "search", "feed", "tags", "groups", "marketplace", "messages", "notifications", "posts", "dev", "null",
        "undefined", "about", "files", "assets", "official", "security", "billing", "checkout", "new", "edit", "me", "www",
        "mail", "static", "health", "privacy", "terms", "blog", "articles", "webinars", "orders", "wallet",
        "producersavenue", "producers_avenue", "producers.avenue",
    ];

    /// <summary>
    /// PBKDF2 (HMAC-SHA512) iterations for a new password hash: 210,000 follows OWASP's advice for this PRF. A hash made
    /// with fewer is upgraded at the next sign-in. Only a test suite, whose throwaway passwords protect nothing, sets it lower.
    /// </summary>
    public int PasswordHashIterations { get; set; } = 210_000;

    public int PasswordMinLength { get; set; } = 8;
    public int PasswordMaxLength { get; set; } = 128;

    /// <summary>Wrong passwords in a row before the account is locked for <see cref="LockoutMinutes"/>.</summary>
    public int MaxFailedSignIns { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in, sign-up and recovery form posts allowed per client IP in each window.</summary>
    public int SignInPostsPerWindow { get; set; } = 10;
    public int SignInWindowSeconds { get; set; } = 60;

    /// <summary>
    /// Posts of the account settings that check a password or a code or send an email, per member in each window: enough
    /// for typos, too few to guess a password with a stolen session or to mail addresses in bulk.
    /// </summary>
    public int SettingsPostsPerWindow { get; set; } = 10;
    public int SettingsWindowSeconds { get; set; } = 600;

    /// <summary>
    /// How often an open tab (Blazor circuit) checks that its member is still signed in (not banned, same password).
    /// Every action in a tab checks it anyway; this bounds how long an idle tab keeps showing a member's pages.
    /// </summary>
    public int CircuitRevalidationSeconds { get; set; } = 30;

    /// <summary>
    /// Days a username left by a rename or a closed account stays held from other members (decision 239): old mentions and
    /// links keep leading to no one rather than to a newcomer. The member who renamed may take it back at any time.
    /// </summary>
    public int RetiredUsernameDays { get; set; } = 90;
}
