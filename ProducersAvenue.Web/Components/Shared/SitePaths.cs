using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>Addresses on this site written from the root ("/explore?before=…"), not absolute: a cached page (decision 121) links the same whichever host name served it.</summary>
public static class SitePaths
{
    /// <summary>The current page with one query parameter set (added or replaced).</summary>
    public static string CurrentWith(this NavigationManager navigation, string name, string value) =>
        "/" + navigation.ToBaseRelativePath(navigation.GetUriWithQueryParameter(name, value));

    /// <summary>The current page's address from the root ("/" for the home page).</summary>
    public static string Current(this NavigationManager navigation) => "/" + navigation.ToBaseRelativePath(navigation.Uri);

    /// <summary>The sign-in page, coming back to <paramref name="returnPath"/> (a path on this site) afterwards.</summary>
    public static string SignInThen(string returnPath) => $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnPath)}";

    /// <summary>The sign-in page, coming back to the current page afterwards.</summary>
    public static string SignInHere(this NavigationManager navigation) => SignInThen(navigation.Current());
}
