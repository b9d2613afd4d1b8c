namespace ProducersAvenue.Web.Components.Shared;

/// <summary>One tab of a <see cref="LinkTabBar"/>: its text, the address it opens, whether it is the page shown, its element id and an optional count.</summary>
public sealed record LinkTab(string Text, string Href, bool Selected, string Id, int Count = 0);
