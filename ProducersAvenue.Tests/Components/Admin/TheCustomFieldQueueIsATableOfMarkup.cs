using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Admin;

namespace ProducersAvenue.Tests.Components.Admin;

/// <summary>The custom field queue lists requests as plain rows (decision 110), 20 at a time with "Show more": each its
/// value, who asked and its status as a chip of markup, with Approve and Reject on the pending ones.</summary>
public sealed class TheCustomFieldQueueIsATableOfMarkup : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var admin = await _db.CreateUserAsync("queue_markup_admin", UserRole.Admin);
        var asker = await _db.CreateUserAsync("queue_markup_asker");
        await _db.ExecuteAsync("""
            INSERT INTO custom_field_requests (field_type, field_value, normalized_value, requested_by, request_count, created_at)
            SELECT 'genre', 'Genre ' || n, 'genre ' || n, ARRAY[$1::uuid], 1, now() - n * interval '1 minute' FROM generate_series(1, 25) n
            """, asker);
        this.UseDomain(_db, CurrentUser.For(admin, UserRole.Admin), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void Twenty_rows_of_markup_then_show_more_reads_the_rest()
    {
        var page = Render<CustomFieldRequestsPage>();
        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("[data-testid=custom-field-request]").Count), TimeSpan.FromSeconds(10));

        var first = page.FindAll("[data-testid=custom-field-request]")[0];
        Assert.Equal("Genre 1", first.QuerySelector("strong")!.TextContent);
        Assert.Contains("@queue_markup_asker", first.TextContent);
        Assert.Equal("Pending", first.QuerySelector(".mud-chip")!.TextContent);
        Assert.NotNull(first.QuerySelector("button[aria-label='Approve Genre 1']"));
        Assert.NotNull(first.QuerySelector("button[aria-label='Reject Genre 1']"));
        Assert.Equal("20 of 25", page.Find("[data-testid=custom-field-count]").TextContent);
        Assert.Empty(page.FindComponents<MudChip<string>>());
        Assert.Empty(page.FindComponents<MudTooltip>());

        page.Find("[data-testid=custom-fields-more]").Click();

        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("[data-testid=custom-field-request]").Count), TimeSpan.FromSeconds(10));
        Assert.Equal("Genre 25", page.FindAll("[data-testid=custom-field-request] strong")[^1].TextContent);
        Assert.Empty(page.FindAll("[data-testid=custom-fields-more]"));
    }
}
