using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>Addresses on this site written from the root ("/explore?before=…"), not absolute: a cached page (decision 121) links the same whichever host name served it.</summary>
public static class SitePaths
{
    /// <summary>The current page with one query parameter set (added or replaced).</summary>
    public static string CurrentWith(this NavigationManager navigation, string name, string value) =>
        "/" + navigation.ToBaseRelativePath(navigation.GetUriWithQueryParameter(name, value));
}
