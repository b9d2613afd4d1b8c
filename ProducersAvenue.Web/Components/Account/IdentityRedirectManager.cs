using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;

namespace ProducersAvenue.Web.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    /// <summary>Follows a return URL from the browser: a path on this site, anything else goes home (<see cref="ReturnUrls"/>).</summary>
    public void RedirectToReturnUrl(string? returnUrl) => navigationManager.NavigateTo(ReturnUrls.OrHome(returnUrl));

    /// <summary>Goes to one of the site's own pages (a base-relative path such as <c>Account/Lockout</c>, or an absolute URL under the base).</summary>
    public void RedirectTo(string? uri)
    {
        uri ??= "";
        if (uri.StartsWith(navigationManager.BaseUri, StringComparison.OrdinalIgnoreCase))
            uri = navigationManager.ToBaseRelativePath(uri);
        // Never off-site: what is not a plain relative path or a local one goes home.
        else if (!ReturnUrls.IsLocal(uri) && (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith('/') || uri.StartsWith('\\')))
            uri = ReturnUrls.Home;

        navigationManager.NavigateTo(uri);
    }

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var newUri = navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters);
        RedirectTo(newUri);
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public void RedirectToCurrentPage() => RedirectTo(CurrentPath);

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context)
        => RedirectToWithStatus(CurrentPath, message, context);

    public void RedirectToInvalidUser(UserManager<ApplicationUser> userManager, HttpContext context)
        => RedirectToWithStatus("Account/InvalidUser", $"Error: Unable to load user with ID '{userManager.GetUserId(context.User)}'.", context);

    /// <summary>
    /// A two-factor page opened with no sign-in waiting for its code: a member already signed in goes on where they were
    /// going (they opened a stale link or pressed Back), anyone else starts again at the sign-in form.
    /// </summary>
    public void RedirectWithoutPendingSignIn(HttpContext context, string? returnUrl)
    {
        if (context.User.Identity?.IsAuthenticated == true) RedirectToReturnUrl(returnUrl);
        else RedirectToWithStatus("Account/Login", NoPendingSignIn, context);
    }

    public const string NoPendingSignIn = "Error: That sign-in has expired or was not started. Sign in with your password first.";
}
