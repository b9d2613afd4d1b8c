using Bunit;
using MudBlazor;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// A service's genres are links: to the market filtered by the genre, or for a mentoring service to Find a Mentor
/// filtered by it; on real PostgreSQL.
/// </summary>
public sealed class AServicesGenresLeadToMoreOfThem : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;
    private (string Slug, string Name) _genre;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("genre_guide");
        var slug = (await _db.ScalarAsync<string>("SELECT slug FROM genres WHERE is_active ORDER BY name LIMIT 1"))!;
        _genre = (slug, (await _db.ScalarAsync<string>("SELECT name FROM genres WHERE slug = $1", slug))!);
        this.UseDomain(_db, CurrentUser.Anonymous(), new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        Render<MudPopoverProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [InlineData(false, "/market")]
    [InlineData(true, "/mentors")]
    public async Task A_genre_leads_to_the_market_or_for_mentoring_to_find_a_mentor(bool mentoring, string page)
    {
        await _db.ScalarAsync<int>(
            "INSERT INTO services (seller_id, title, slug, service_type, status, is_mentoring, genre_tags, packages) VALUES ($1, 'Guided sessions', 'guided-sessions', 'consultation', 'active', $2, $3, " +
            "'[{\"name\": \"Basic\", \"price\": 40, \"delivery_days\": 3, \"revisions\": 2, \"features\": []}]'::jsonb) RETURNING 1",
            _seller, mentoring, new[] { _genre.Slug });

        var cut = Render<ServicePage>(p => p.Add(x => x.Slug, "guided-sessions"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=service-genre]")), TimeSpan.FromSeconds(10));
        var link = cut.Find("[data-testid=service-genre]");
        Assert.Equal("A", link.TagName);
        Assert.Equal($"{page}?genre={Uri.EscapeDataString(_genre.Slug)}", link.GetAttribute("href"));
        Assert.Contains(_genre.Name, link.TextContent);
    }
}
