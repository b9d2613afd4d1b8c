namespace ProducersAvenue.Web.Components.Account;

/// <summary>
/// The one rule for following a return URL that came from the browser (<c>ReturnUrl</c> of sign-in, two-factor,
/// external sign-in and sign-out): only a path on this site is followed; anything else goes to the home page.
/// </summary>
public static class ReturnUrls
{
    public const string Home = "/";

    /// <summary>
    /// A path on this site: starts with one <c>/</c> not followed by <c>/</c> or <c>\</c> (which browsers read as
    /// another host), and holds no control characters. Refuses absolute URLs, <c>javascript:</c> and the like.
    /// </summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } &&
        url[0] == '/' &&
        (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) &&
        !url.Any(char.IsControl);

    /// <summary><paramref name="url"/> when it is local, otherwise the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : Home;
}
