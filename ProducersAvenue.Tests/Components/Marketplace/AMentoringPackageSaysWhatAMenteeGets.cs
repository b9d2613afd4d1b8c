using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// A service page's packages speak the service's language (QA11 i10): a gig says its delivery and revisions; a mentoring
/// package says when the mentee is seen, with its sessions and their length in its own lines, and says nothing of
/// revisions unless the mentor offers some ("2 days delivery · no revisions" read like a gig). Real PostgreSQL.
/// </summary>
public sealed class AMentoringPackageSaysWhatAMenteeGets : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("vocal_coach");
        this.UseDomain(_db, CurrentUser.Anonymous(), new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        Render<MudPopoverProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [InlineData(true, new[] { "Within 2 days of your order", "Within 30 days of your order", "Within 10 days of your order · 1 revision" })]
    [InlineData(false, new[] { "2 days delivery · no revisions", "30 days delivery · no revisions", "10 days delivery · 1 revision" })]
    public async Task Each_package_says_its_terms_in_the_words_of_its_kind_of_service(bool mentoring, string[] terms)
    {
        await _db.ScalarAsync<int>(
            "INSERT INTO services (seller_id, title, slug, service_type, status, is_mentoring, packages) " +
            "VALUES ($1, 'Vocal coaching for rappers', 'vocal-coaching', 'consultation', 'active', $2, " +
            "'[{\"name\": \"Trial session\", \"price\": 25, \"delivery_days\": 2, \"revisions\": 0, \"features\": [\"30 minutes\"]}," +
            " {\"name\": \"Monthly\", \"price\": 120, \"delivery_days\": 30, \"revisions\": 0, \"features\": [\"4 sessions\"]}," +
            " {\"name\": \"Release plan\", \"price\": 180, \"delivery_days\": 10, \"revisions\": 1, \"features\": [\"2 calls\"]}]'::jsonb) RETURNING 1",
            _seller, mentoring);

        var cut = Render<ServicePage>(p => p.Add(x => x.Slug, "vocal-coaching"));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=package]").Count), TimeSpan.FromSeconds(10));
        Assert.Equal(terms, cut.FindAll("[data-testid=package-terms]").Select(t => t.TextContent.Trim()));
        Assert.Contains("30 minutes", cut.FindAll("[data-testid=package]")[0].TextContent);
    }
}
