using Microsoft.Playwright;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Profiles;

[Collection(E2ECollection.Name)]
public sealed class AdminReviewsCustomFieldRequests(E2EFixture app)
{
    private async Task RequestAsync(Guid member, CustomFieldType type, string value)
    {
        var result = await app.Db.Services(CurrentUser.For(member)).Get<TaxonomyService>().RequestCustomValueAsync(type, value);
        Assert.True(result.Succeeded, result.FirstError?.Message);
    }

    private Task<string?> StatusOfAsync(string value) =>
        app.Db.ScalarAsync<string>("SELECT status FROM custom_field_requests WHERE field_value = $1", value);

    [Fact]
    public async Task An_admin_filters_to_genres_rejects_one_with_a_reason_and_approves_a_category()
    {
        await app.CreateWithPasswordAsync("queue_admin", UserRole.Admin);
        var member = await app.Db.CreateUserAsync("queue_asker");
        await RequestAsync(member, CustomFieldType.Genre, "Glitch Polka");
        await RequestAsync(member, CustomFieldType.Genre, "Swamp Pop Noir");
        await RequestAsync(member, CustomFieldType.Skill, "Tape Splicing");
        await RequestAsync(member, CustomFieldType.Category, "Sound Healer");

        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        await page.SignInAsync("queue_admin");

        var queue = new CustomFieldQueuePage(page);
        await queue.OpenAsync();
        await Expect(queue.Row("Tape Splicing")).ToBeVisibleAsync();
        await shots.TakeAsync("queue-all-pending");

        await queue.FilterAsync("Type", "Genres");
        await Expect(queue.Row("Tape Splicing")).ToHaveCountAsync(0);
        await Expect(queue.Row("Sound Healer")).ToHaveCountAsync(0);
        await Expect(queue.Row("Glitch Polka")).ToBeVisibleAsync();
        await Expect(queue.Row("Swamp Pop Noir")).ToBeVisibleAsync();
        await shots.TakeAsync("queue-genres");

        await queue.Row("Glitch Polka").GetByRole(AriaRole.Button, new() { Name = "Reject Glitch Polka" }).ClickAsync();
        await Expect(queue.Dialog).ToContainTextAsync("Reject “Glitch Polka”?");
        await queue.Dialog.GetByRole(AriaRole.Button, new() { Name = "Reject request" }).ClickAsync();
        await Expect(queue.Dialog).ToContainTextAsync("Give the members a reason.");
        Assert.Equal("pending", await StatusOfAsync("Glitch Polka"));
        await shots.TakeAsync("reject-needs-a-reason");

        await queue.Dialog.GetByLabel("Reason").FillAsync("Too close to Polka; pick that one.");
        await queue.Dialog.GetByRole(AriaRole.Button, new() { Name = "Reject request" }).ClickAsync();
        await Expect(queue.Dialog).ToHaveCountAsync(0);
        await Expect(page.GetByText("“Glitch Polka” rejected; the requesters were told why.")).ToBeVisibleAsync();
        await Expect(queue.Row("Glitch Polka")).ToHaveCountAsync(0);
        await Expect(queue.Row("Swamp Pop Noir")).ToBeVisibleAsync();
        Assert.Equal("rejected", await StatusOfAsync("Glitch Polka"));
        Assert.Equal("Too close to Polka; pick that one.",
            await app.Db.ScalarAsync<string>("SELECT rejection_reason FROM custom_field_requests WHERE field_value = 'Glitch Polka'"));
        await shots.TakeAsync("genre-rejected");

        await queue.FilterAsync("Type", "Categories");
        await queue.Row("Sound Healer").GetByRole(AriaRole.Button, new() { Name = "Approve Sound Healer" }).ClickAsync();
        // Approving changes every member's choices for good: it is asked first, and Cancel changes nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
        Assert.Equal("pending", await StatusOfAsync("Sound Healer"));
        await queue.Row("Sound Healer").GetByRole(AriaRole.Button, new() { Name = "Approve Sound Healer" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(page.GetByText("“Sound Healer” approved; 1 member notified.")).ToBeVisibleAsync();
        await Expect(queue.Row("Sound Healer")).ToHaveCountAsync(0);
        Assert.Equal("approved", await StatusOfAsync("Sound Healer"));
        Assert.Equal("pending", await StatusOfAsync("Swamp Pop Noir"));
        await shots.TakeAsync("category-approved");
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_is_denied_the_queue()
    {
        await app.App.CreateMemberAsync("curious_member");
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        await page.SignInAsync("curious_member");

        await page.GotoAsync("/admin/custom-fields");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Custom field requests" })).ToHaveCountAsync(0);
        await shots.TakeAsync("access-denied");
    }
}
