using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

public sealed class GroupChatsKeepTheirSizeAndCreator : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Two_members_or_fifty_one_are_refused_and_nothing_is_stored()
    {
        var ana = await _db.CreateUserAsync("ana");
        var members = new List<Guid>();
        for (var i = 0; i < 50; i++) members.Add(await _db.CreateUserAsync($"member{i:00}"));

        var two = await _db.Conversations(ana, _clock).CreateGroupAsync("Duo", [members[0]]);
        Assert.Equal("messaging.group_size", two.FirstError?.Code);
        Assert.Equal("Members", two.FirstError?.Field);
        var fiftyOne = await _db.Conversations(ana, _clock).CreateGroupAsync("Crowd", members);
        Assert.Equal("messaging.group_size", fiftyOne.FirstError?.Code);
        var nameless = await _db.Conversations(ana, _clock).CreateGroupAsync("  ", members.Take(2).ToList());
        Assert.Equal(MessagingErrors.GroupNameRequired, nameless.FirstError);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM conversations"));

        var fifty = await _db.Conversations(ana, _clock).CreateGroupAsync("Crowd", members.Take(49).ToList()).Ok();
        Assert.Equal(50, await _db.ScalarAsync<int>("SELECT cardinality(participant_ids) FROM conversations WHERE id = $1", fifty));
        var fiftyFirst = await _db.Conversations(ana, _clock).AddMemberAsync(fifty, members[49]);
        Assert.Equal("messaging.group_size", fiftyFirst.FirstError?.Code);
        Assert.Equal(50, await _db.ScalarAsync<int>("SELECT cardinality(participant_ids) FROM conversations WHERE id = $1", fifty));
    }

    [Fact]
    public async Task The_creator_adds_and_removes_members_and_anyone_can_leave()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        var dee = await _db.CreateUserAsync("dee");
        var group = await _db.Conversations(ana, _clock).CreateGroupAsync("Mix crew", [bob, cy]).Ok();

        Assert.Equal(MessagingErrors.OnlyCreatorManagesMembers, (await _db.Conversations(bob, _clock).AddMemberAsync(group, dee)).FirstError);
        Assert.Equal(MessagingErrors.UnknownMember("nobody"), (await _db.Conversations(ana, _clock).AddMemberAsync(group, "@nobody")).FirstError);
        await _db.Conversations(ana, _clock).AddMemberAsync(group, " @Dee").Ok();
        Assert.Equal(MessagingErrors.AlreadyMember, (await _db.Conversations(ana, _clock).AddMemberAsync(group, dee)).FirstError);
        await _db.Conversations(dee, _clock).SendAsync(group, "thanks for adding me").Ok();

        await _db.Conversations(ana, _clock).RemoveMemberAsync(group, bob).Ok();
        Assert.Equal(MessagingErrors.ConversationNotFound, (await _db.Conversations(bob, _clock).SendAsync(group, "still here?")).FirstError);

        await _db.Conversations(cy, _clock).LeaveAsync(group).Ok();
        Assert.Null(await _db.Queries(cy, _clock).DetailAsync(group));
        await _db.Conversations(ana, _clock).LeaveAsync(group).Ok();
        var detail = await _db.Queries(dee, _clock).DetailAsync(group);
        Assert.True(detail!.IsCreator);
        Assert.Equal(["dee"], detail.Participants.Select(p => p.Username));

        var direct = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        Assert.Equal(MessagingErrors.NotAGroup, (await _db.Conversations(ana, _clock).LeaveAsync(direct)).FirstError);
    }

    [Fact]
    public async Task The_creator_cannot_remove_a_member_below_three_but_members_may_still_leave()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        var dee = await _db.CreateUserAsync("dee");
        var group = await _db.Conversations(ana, _clock).CreateGroupAsync("Trio", [bob, cy]).Ok();

        var refused = await _db.Conversations(ana, _clock).RemoveMemberAsync(group, bob);
        Assert.Equal(MessagingErrors.GroupAtMinimum(3), refused.FirstError);
        Assert.Equal("Members", refused.FirstError?.Field);
        Assert.Equal(3, await _db.ScalarAsync<int>("SELECT cardinality(participant_ids) FROM conversations WHERE id = $1", group));
        await _db.Conversations(bob, _clock).SendAsync(group, "still in").Ok();

        // Two removals at once from a group of four: the row lock lets one through and the other sees three members.
        await _db.Conversations(ana, _clock).AddMemberAsync(group, dee).Ok();
        var both = await Task.WhenAll(
            _db.Conversations(ana, _clock).RemoveMemberAsync(group, bob),
            _db.Conversations(ana, _clock).RemoveMemberAsync(group, cy));
        Assert.Single(both, r => r.Succeeded);
        Assert.Equal(3, await _db.ScalarAsync<int>("SELECT cardinality(participant_ids) FROM conversations WHERE id = $1", group));

        await _db.Conversations(dee, _clock).LeaveAsync(group).Ok();
        Assert.Equal(2, await _db.ScalarAsync<int>("SELECT cardinality(participant_ids) FROM conversations WHERE id = $1", group));
    }

    [Fact]
    public async Task The_creator_renames_the_group_within_the_name_rules_and_nobody_else_can()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        var group = await _db.Conversations(ana, _clock).CreateGroupAsync("Mix crew", [bob, cy]).Ok();

        await _db.Conversations(ana, _clock).RenameGroupAsync(group, "  Mastering crew  ").Ok();
        Assert.Equal("Mastering crew", (await _db.Queries(bob, _clock).DetailAsync(group))!.Title);

        Assert.Equal(MessagingErrors.OnlyCreatorManagesMembers, (await _db.Conversations(bob, _clock).RenameGroupAsync(group, "Bob's crew")).FirstError);
        Assert.Equal(MessagingErrors.GroupNameRequired, (await _db.Conversations(ana, _clock).RenameGroupAsync(group, " \u200B ")).FirstError);
        var tooLong = await _db.Conversations(ana, _clock).RenameGroupAsync(group, new string('x', Conversation.GroupNameMaxLength + 1));
        Assert.Equal(MessagingErrors.GroupNameTooLong(Conversation.GroupNameMaxLength), tooLong.FirstError);
        Assert.Equal("Name", tooLong.FirstError?.Field);
        var stranger = await _db.CreateUserAsync("eve");
        Assert.Equal(MessagingErrors.ConversationNotFound, (await _db.Conversations(stranger, _clock).RenameGroupAsync(group, "Mine now")).FirstError);
        Assert.Equal("Mastering crew", await _db.ScalarAsync<string>("SELECT group_name FROM conversations WHERE id = $1", group));
    }
}
