using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

/// <summary>
/// A group chat has a name and a picture (issue 12): its creator sets, replaces and removes the picture (the permission of
/// renaming), through the site's one image path — decoded and encoded anew, an avatar's byte limit — and every member's open
/// views hear of it. Another member, an outsider, a direct conversation and a file that is no image, or too big, change
/// nothing and store nothing (QA11: the column was read, never written).
/// </summary>
public sealed class AGroupPictureIsTheCreatorsToSet : IAsyncLifetime
{
    private static readonly byte[] Png = TestImages.Png(64, 64);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-group-avatars-" + Guid.NewGuid().ToString("N"));
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();
    private TestDb _db = null!;
    private Guid _ana, _bob, _cy, _group;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _ana = await _db.CreateUserAsync("ana");
        _bob = await _db.CreateUserAsync("bob");
        _cy = await _db.CreateUserAsync("cy");
        await _db.As(_cy).FollowAsync(_ana); // the group is in cy's inbox, not among requests
        _group = await _db.Conversations(_ana, _clock).CreateGroupAsync("Mix crew", [_bob, _cy]).Ok();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private TestServices As(Guid member, long? avatarMaxBytes = null)
    {
        var settings = new Dictionary<string, string?> { ["Storage:Local:Root"] = _root };
        if (avatarMaxBytes is { } max) settings["Uploads:AvatarMaxBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _db.As(member, clock: _clock, settings: settings);
    }

    private int StoredFiles => Directory.Exists(_root) ? Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Count() : 0;

    [Fact]
    public async Task The_creator_sets_replaces_and_removes_it_and_the_members_views_hear_each_change()
    {
        await _db.Conversations(_ana, _clock).SendAsync(_group, "welcome").Ok(); // the list shows a group once it has a message
        var services = As(_ana);
        var heard = new List<MessageEvent>();
        services.Get<IMessageBroadcaster>().Published += heard.Add;
        var conversations = services.Get<ConversationService>();

        var first = await conversations.SetGroupAvatarAsync(_group, new MemoryStream(Png));
        Assert.True(first.Succeeded, first.FirstError?.Message);
        Assert.Matches("^/files/group-avatars/.+\\.png$", first.Value);
        Assert.Equal(first.Value, (await _db.Queries(_bob, _clock).DetailAsync(_group))!.GroupAvatarUrl);
        Assert.Equal(first.Value, (await _db.Queries(_cy, _clock).ListAsync(ConversationFolder.Inbox)).Items.Single().AvatarUrl);
        var change = Assert.Single(heard);
        Assert.Equal(MessageEventKind.Changed, change.Kind);
        Assert.Equal(new[] { _ana, _bob, _cy }.Order(), change.ParticipantIds.Order());

        var second = await conversations.SetGroupAvatarAsync(_group, new MemoryStream(Png));
        Assert.True(second.Succeeded, second.FirstError?.Message);
        var storage = services.Get<IFileStorage>();
        Assert.Null(await storage.OpenReadAsync(storage.KeyFromUrl(first.Value)!));
        Assert.Equal(1, StoredFiles);

        await conversations.RemoveGroupAvatarAsync(_group).Ok();
        Assert.Null(await _db.ScalarAsync<string>("SELECT group_avatar_url FROM conversations WHERE id = $1", _group));
        Assert.Equal(0, StoredFiles);
        Assert.Equal(3, heard.Count(e => e.Kind == MessageEventKind.Changed));
    }

    [Fact]
    public async Task Another_member_an_outsider_and_a_direct_conversation_are_refused_and_nothing_is_stored()
    {
        var outsider = await _db.CreateUserAsync("dee");
        var direct = await _db.Conversations(_bob, _clock).StartDirectAsync(_ana).Ok();

        Assert.Equal(MessagingErrors.OnlyCreatorManagesMembers, (await As(_bob).Get<ConversationService>().SetGroupAvatarAsync(_group, new MemoryStream(Png))).FirstError);
        Assert.Equal(MessagingErrors.OnlyCreatorManagesMembers, (await As(_bob).Get<ConversationService>().RemoveGroupAvatarAsync(_group)).FirstError);
        Assert.Equal(MessagingErrors.ConversationNotFound, (await As(outsider).Get<ConversationService>().SetGroupAvatarAsync(_group, new MemoryStream(Png))).FirstError);
        Assert.Equal(MessagingErrors.NotAGroup, (await As(_ana).Get<ConversationService>().SetGroupAvatarAsync(direct, new MemoryStream(Png))).FirstError);

        Assert.Equal(0, StoredFiles);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM conversations WHERE group_avatar_url IS NOT NULL"));
    }

    [Fact]
    public async Task A_file_that_is_no_image_or_too_big_is_refused_at_the_field_and_the_picture_stays()
    {
        var kept = await As(_ana).Get<ConversationService>().SetGroupAvatarAsync(_group, new MemoryStream(Png));
        Assert.True(kept.Succeeded, kept.FirstError?.Message);

        var text = await As(_ana).Get<ConversationService>().SetGroupAvatarAsync(_group, new MemoryStream("not a picture"u8.ToArray()));
        Assert.Equal("image.unreadable", text.FirstError?.Code);
        Assert.Equal(ConversationService.GroupAvatarField, text.FirstError?.Field);

        var big = await As(_ana, avatarMaxBytes: 100).Get<ConversationService>().SetGroupAvatarAsync(_group, new MemoryStream(Png));
        Assert.Equal(StorageErrors.TooLarge(ConversationService.GroupAvatarField, 100), big.FirstError);

        Assert.Equal(kept.Value, await _db.ScalarAsync<string>("SELECT group_avatar_url FROM conversations WHERE id = $1", _group));
        Assert.Equal(1, StoredFiles);
    }
}
