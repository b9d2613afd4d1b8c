using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Tests.Integration.Notifications;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using static ProducersAvenue.Tests.Integration.Taxonomy.TaxonomyTestData;

namespace ProducersAvenue.Tests.Integration.Taxonomy;

public sealed class AdminReviewOfCustomValues : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _admin;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _admin = await _db.CreateUserAsync("reviewer", UserRole.Admin);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Categories_never_auto_approve_and_an_admin_approval_attaches_and_notifies()
    {
        var members = await CreateMembersAsync(_db, "cat_fan", 6);
        foreach (var member in members) await RequestAsync(_db, member, CustomFieldType.Category, "Luthier");
        var request = await RequestRowAsync(_db, CustomFieldType.Category, "luthier");
        Assert.Equal(CustomFieldStatus.Pending, request.Status);
        Assert.Equal(6, request.RequestCount);

        var approved = await AsAdmin(_db, _admin).ApproveAsync(request.Id);

        Assert.True(approved.Succeeded);
        var after = await RequestRowAsync(_db, CustomFieldType.Category, "luthier");
        Assert.Equal(CustomFieldStatus.Approved, after.Status);
        Assert.Equal(_admin, after.ReviewedBy);
        await using var db = _db.Context();
        var category = await db.Categories.SingleAsync(c => c.Id == after.CreatedFieldId);
        Assert.Equal("Luthier", category.Name);
        Assert.Equal(members.Order(), (await db.UserCategories.Where(l => l.CategoryId == category.Id).Select(l => l.UserId).ToListAsync()).Order());
        Assert.Equal(members.Order(), (await CustomFieldNotificationsAsync(_db)).Select(n => n.UserId).Order());
    }

    [Fact]
    public async Task An_approval_reaches_each_requester_as_their_preferences_say_and_names_the_admin()
    {
        var members = await CreateMembersAsync(_db, "pref_fan", 2);
        foreach (var member in members) await RequestAsync(_db, member, CustomFieldType.Category, "Foley Artist");
        await _db.As(members[0]).SetPreferenceAsync(NotificationType.CustomField, inApp: false, email: true);
        await _db.As(members[1]).SetPreferenceAsync(NotificationType.CustomField, inApp: true, email: false);
        var request = await RequestRowAsync(_db, CustomFieldType.Category, "foley artist");

        Assert.True((await AsAdmin(_db, _admin).ApproveAsync(request.Id)).Succeeded);

        Assert.Equal(0, await _db.NotificationsAsync(members[0]));
        var email = Assert.Single(await _db.EmailsToAsync("pref_fan_1@example.test"));
        Assert.Contains("Foley Artist", email);
        var bell = Assert.Single(await CustomFieldNotificationsAsync(_db));
        Assert.Equal(members[1], bell.UserId);
        Assert.Equal(_admin, bell.ActorId);
        Assert.Empty(await _db.EmailsToAsync("pref_fan_2@example.test"));
    }

    [Fact]
    public async Task Rejecting_requires_a_reason_stores_it_and_notifies_each_requester()
    {
        var members = await CreateMembersAsync(_db, "rej_fan", 2);
        foreach (var member in members) await RequestAsync(_db, member, CustomFieldType.Genre, "Not A Genre");
        var request = await RequestRowAsync(_db, CustomFieldType.Genre, "not a genre");
        var admin = AsAdmin(_db, _admin);

        var withoutReason = await admin.RejectAsync(request.Id, "   ");
        Assert.Equal(TaxonomyService.ReasonField, withoutReason.FirstError!.Field);

        var rejected = await admin.RejectAsync(request.Id, "Too vague — try a more specific genre.");

        Assert.True(rejected.Succeeded);
        var after = await RequestRowAsync(_db, CustomFieldType.Genre, "not a genre");
        Assert.Equal(CustomFieldStatus.Rejected, after.Status);
        Assert.Equal("Too vague — try a more specific genre.", after.RejectionReason);
        Assert.Equal(_admin, after.ReviewedBy);
        var notifications = await CustomFieldNotificationsAsync(_db);
        Assert.Equal(members.Order(), notifications.Select(n => n.UserId).Order());
        Assert.All(notifications, n => Assert.Contains("Too vague", n.Message));
        await using var db = _db.Context();
        Assert.False(await db.Genres.AnyAsync(g => g.Slug == "not-a-genre"));

        var again = await RequestAsync(_db, (await CreateMembersAsync(_db, "late", 1))[0], CustomFieldType.Genre, "not a genre");
        Assert.Equal(ProfileFields.Genres, again.FirstError!.Field);
    }

    [Fact]
    public async Task Members_cannot_list_approve_or_reject()
    {
        var member = await _db.CreateUserAsync("curious");
        var outcome = await RequestAsync(_db, member, CustomFieldType.Category, "Roadie");
        var asMember = _db.Services(CurrentUser.For(member)).Get<TaxonomyService>();

        Assert.Equal(Error.Forbidden, (await asMember.ListRequestsAsync(new CustomFieldRequestFilter())).FirstError);
        Assert.Equal(Error.Forbidden, (await asMember.ApproveAsync(outcome.Value!.Chip.Id)).FirstError);
        Assert.Equal(Error.Forbidden, (await asMember.RejectAsync(outcome.Value.Chip.Id, "no")).FirstError);
        Assert.Equal(CustomFieldStatus.Pending, (await RequestRowAsync(_db, CustomFieldType.Category, "roadie")).Status);
    }

    [Fact]
    public async Task The_admin_list_filters_by_type_and_status_and_names_requesters()
    {
        var member = await _db.CreateUserAsync("lister");
        await RequestAsync(_db, member, CustomFieldType.Category, "Roadie");
        await RequestAsync(_db, member, CustomFieldType.Genre, "Zeuhl");

        var page = (await AsAdmin(_db, _admin).ListRequestsAsync(new CustomFieldRequestFilter(CustomFieldType.Genre, CustomFieldStatus.Pending))).Value!;

        var row = Assert.Single(page.Items);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal("Zeuhl", row.Value);
        Assert.Equal(["lister"], row.Requesters);
    }
}
