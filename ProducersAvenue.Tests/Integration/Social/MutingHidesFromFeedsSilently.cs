using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>Mute (decision 205): the muted member's posts and comments leave the muter's feeds and search; nothing else changes.</summary>
public sealed class MutingHidesFromFeedsSilently : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_muted_members_posts_and_comments_leave_the_muters_feeds_and_search_only()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        await _db.As(ana).FollowAsync(bob);
        await _db.As(ana).FollowAsync(cy);
        var bobsPost = await _db.As(bob).PostAsync("bob's #loops");
        var cysPost = await _db.As(cy).PostAsync("cy's #loops");
        Assert.True((await _db.As(bob).Get<CommentService>().AddAsync(cysPost, "nice one")).Succeeded);

        Assert.True((await _db.As(ana).Get<MuteService>().MuteAsync(bob)).Succeeded);

        var feeds = _db.As(ana).Get<FeedService>();
        Assert.Equal(new[] { cysPost }, (await feeds.HomeAsync()).Items.Select(p => p.Id));
        Assert.Equal(new[] { cysPost }, (await feeds.ExploreAsync()).Items.Select(p => p.Id));
        Assert.Equal(new[] { cysPost }, (await feeds.TagAsync("loops")).Items.Select(p => p.Id));
        Assert.Equal(1, await feeds.CountNewHomePostsAsync(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Empty(await _db.As(ana).Get<CommentService>().TreeAsync(cysPost));
        Assert.Equal(new[] { cysPost }, (await _db.As(ana).Get<SearchService>().PostsAsync("loops")).Items.Select(p => p.Id));

        // Silent: the muted member sees and does everything as before; the muter may still open their profile.
        Assert.Equal(2, (await _db.As(bob).Get<FeedService>().ExploreAsync()).Items.Count);
        Assert.Equal(2, (await _db.As(bob).Get<SearchService>().PostsAsync("loops")).Items.Count);
        Assert.Single(await _db.As(cy).Get<CommentService>().TreeAsync(cysPost));
        Assert.True((await _db.As(bob).Get<FollowService>().FollowAsync(ana)).Succeeded);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND type <> 'follow'", bob));
        Assert.Equal(new[] { bobsPost }, (await feeds.ProfileAsync(bob)).Items.Select(p => p.Id));
        Assert.True(await _db.As(ana).Get<MuteService>().IsMutedAsync(bob));

        Assert.True((await _db.As(ana).Get<MuteService>().UnmuteAsync(bob)).Succeeded);
        Assert.Equal(2, (await _db.As(ana).Get<FeedService>().HomeAsync()).Items.Count);
    }

    [Fact]
    public async Task A_posts_page_counts_the_comments_its_thread_shows_the_viewer()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        var post = await _db.As(ana).PostAsync("what do you hear?");
        Assert.True((await _db.As(bob).Get<CommentService>().AddAsync(post, "the hats")).Succeeded);
        Assert.True((await _db.As(cy).Get<CommentService>().AddAsync(post, "the bass")).Succeeded);
        await _db.ExecuteAsync("UPDATE comments SET is_hidden = true, hidden_reason = 'Spam' WHERE user_id = $1", cy);

        Assert.True((await _db.As(ana).Get<MuteService>().MuteAsync(bob)).Succeeded);

        Assert.Equal(0, (await _db.As(ana).Get<FeedService>().GetAsync(post))!.CommentsCount); // bob muted, cy's hidden
        Assert.Empty(await _db.As(ana).Get<CommentService>().TreeAsync(post));
        Assert.Equal(1, (await _db.As(bob).Get<FeedService>().GetAsync(post))!.CommentsCount);
        Assert.Equal(2, (await _db.As(cy).Get<FeedService>().GetAsync(post))!.CommentsCount); // a hidden comment shows its writer
        Assert.Equal(1, (await _db.Anonymous().Get<FeedService>().GetAsync(post))!.CommentsCount);
    }

    [Fact]
    public async Task A_tag_page_counts_only_the_posts_its_list_shows_the_muter()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        await _db.As(bob).PostAsync("only bob uses #qa9priv");
        await _db.As(bob).PostAsync("bob's #shared loop");
        await _db.As(cy).PostAsync("cy's #shared loop");
        Assert.True((await _db.As(ana).Get<MuteService>().MuteAsync(bob)).Succeeded);

        var tags = _db.As(ana).Get<TagService>();
        // "Used in 1 post" stood over "No posts with this tag", and told the muter a hidden post was there.
        Assert.Null(await tags.FindAsync("qa9priv"));
        Assert.Empty((await _db.As(ana).Get<FeedService>().TagAsync("qa9priv")).Items);
        Assert.Equal(1, (await tags.FindAsync("shared"))!.PostCount);
        // A popular tag's shortcut (decision 134) does not skip the mute either.
        var capOfOne = new Dictionary<string, string?> { ["Social:TagCountCap"] = "1" };
        var capped = await _db.As(ana, settings: capOfOne).Get<TagService>().FindAsync("shared");
        Assert.Equal((1, false), (capped!.PostCount, capped.AtLeast));
        Assert.Equal(2, (await _db.As(cy).Get<TagService>().FindAsync("shared"))!.PostCount);
    }
}
