using AngleSharp.Html.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Admin;

namespace ProducersAvenue.Tests.Components.Admin;

/// <summary>The custom field queue takes its type and status from the address (none is the pending requests of every
/// type; <c>status=all</c> is every status) and writes them there when chosen.</summary>
public sealed class TheCustomFieldFiltersLiveInTheAddress : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var admin = await _db.CreateUserAsync("fields_admin", UserRole.Admin);
        var member = await _db.CreateUserAsync("fields_asker");
        var taxonomy = _db.Services(CurrentUser.For(member)).Get<TaxonomyService>();
        foreach (var (type, value) in new[] { (CustomFieldType.Genre, "Glitch Polka"), (CustomFieldType.Genre, "Swamp Pop Noir"), (CustomFieldType.Skill, "Tape Splicing") })
            Assert.True((await taxonomy.RequestCustomValueAsync(type, value)).Succeeded);
        var rejected = await _db.ScalarAsync<Guid>("SELECT id FROM custom_field_requests WHERE field_value = 'Swamp Pop Noir'");
        Assert.True((await _db.Services(CurrentUser.For(admin, UserRole.Admin)).Get<TaxonomyService>().RejectAsync(rejected, "Too close to an existing genre")).Succeeded);
        this.UseDomain(_db, CurrentUser.For(admin, UserRole.Admin), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<CustomFieldRequestsPage> RenderAt(string address)
    {
        Navigation.NavigateTo(address);
        return Render<CustomFieldRequestsPage>();
    }

    private static void ShowsValues(IRenderedComponent<CustomFieldRequestsPage> page, params string[] values) =>
        page.WaitForAssertion(() => Assert.Equal(values, page.FindAll("tbody tr strong").Select(s => s.TextContent.Trim()).Order()), TimeSpan.FromSeconds(10));

    private static string Chosen(IRenderedComponent<CustomFieldRequestsPage> page, string id) => ((IHtmlSelectElement)page.Find(id)).Value ?? "";

    [Fact]
    public void No_filter_in_the_address_is_every_pending_request()
    {
        var page = RenderAt("/admin/custom-fields");

        ShowsValues(page, "Glitch Polka", "Tape Splicing");
        Assert.Equal("Pending", Chosen(page, "#custom-field-status"));
        Assert.Equal("", Chosen(page, "#custom-field-type"));
    }

    [Fact]
    public void The_type_and_status_in_the_address_filter_the_queue_and_show_in_the_selects()
    {
        var genres = RenderAt("/admin/custom-fields?type=genre&status=all");
        ShowsValues(genres, "Glitch Polka", "Swamp Pop Noir");
        Assert.Equal(("Genre", "all"), (Chosen(genres, "#custom-field-type"), Chosen(genres, "#custom-field-status")));

        ShowsValues(RenderAt("/admin/custom-fields?status=Rejected"), "Swamp Pop Noir");
        ShowsValues(RenderAt("/admin/custom-fields?type=7&status=%00"), "Glitch Polka", "Tape Splicing");
    }

    [Fact]
    public void Choosing_writes_the_address_and_the_queue_follows()
    {
        var page = RenderAt("/admin/custom-fields");
        ShowsValues(page, "Glitch Polka", "Tape Splicing");

        page.Find("#custom-field-status").Change("all");
        page.WaitForAssertion(() => Assert.EndsWith("/admin/custom-fields?status=all", Navigation.Uri));
        ShowsValues(page, "Glitch Polka", "Swamp Pop Noir", "Tape Splicing");

        page.Find("#custom-field-type").Change("Skill");
        page.WaitForAssertion(() => Assert.Contains("type=Skill", Navigation.Uri));
        Assert.Contains("status=all", Navigation.Uri);
        ShowsValues(page, "Tape Splicing");

        page.Find("#custom-field-status").Change("Pending");
        page.WaitForAssertion(() => Assert.EndsWith("/admin/custom-fields?type=Skill", Navigation.Uri));
    }
}
