using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>Where a listing's genre leads: the market filtered by it, or Find a Mentor for a mentoring service.</summary>
public static class GenreLink
{
    public static string To(Choice genre, bool mentoring = false) =>
        $"{(mentoring ? "/mentors" : "/market")}?genre={Uri.EscapeDataString(genre.Key)}";
}
