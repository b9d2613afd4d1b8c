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
    public static readonly ProfileTab[] All = Enum.GetValues<ProfileTab>();

    /// <summary>The tab a <c>?tab=</c> value names; anything else is the overview.</summary>
    public static ProfileTab Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "posts" => ProfileTab.Posts,
        "products" => ProfileTab.Products,
        "services" => ProfileTab.Services,
        _ => ProfileTab.Overview,
    };

    /// <summary>The tab's word in the address and in its element's id.</summary>
    public static string Word(this ProfileTab tab) => tab.ToString().ToLowerInvariant();

    /// <summary>The id of <paramref name="tab"/>'s element, which labels the tab panel.</summary>
    public static string ElementId(this ProfileTab tab) => $"pa-profile-tab-{tab.Word()}";

    /// <summary>The profile's address with <paramref name="tab"/> chosen (the overview is the plain address).</summary>
    public static string Href(string username, ProfileTab tab) =>
        $"/u/{Uri.EscapeDataString(username)}" + (tab == ProfileTab.Overview ? "" : $"?tab={tab.Word()}");

    public static bool Shows(this ProfileTab current, ProfileTab section) => current == ProfileTab.Overview || current == section;
}
