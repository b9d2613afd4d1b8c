namespace ProducersAvenue.Web.Components.Pages.Profiles.Components;

/// <summary>
/// What a profile shows below its header: everything (the overview), or one of its posts, products and services, chosen
/// with <c>?tab=</c> so a tab is a link that works before the circuit starts and can be shared.
/// </summary>
public enum ProfileTab
{
    Overview,
    Posts,
    Products,
    Services,
}

public static class ProfileTabs
{
    public static readonly ProfileTab[] All = [ProfileTab.Overview, ProfileTab.Posts, ProfileTab.Products, ProfileTab.Services];

    /// <summary>The tab a <c>?tab=</c> value names; anything else is the overview.</summary>
    public static ProfileTab Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "posts" => ProfileTab.Posts,
        "products" => ProfileTab.Products,
        "services" => ProfileTab.Services,
        _ => ProfileTab.Overview,
    };

    /// <summary>The profile's address with <paramref name="tab"/> chosen (the overview is the plain address).</summary>
    public static string Href(string username, ProfileTab tab) =>
        tab == ProfileTab.Overview ? $"/u/{Uri.EscapeDataString(username)}" : $"/u/{Uri.EscapeDataString(username)}?tab={tab.ToString().ToLowerInvariant()}";

    public static bool Shows(this ProfileTab current, ProfileTab section) => current == ProfileTab.Overview || current == section;
}
