using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Npgsql;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>
/// Issue 9: a like is shown the moment it is clicked — pressed and counted in the first render, before the database has
/// answered — then takes what the database says; a refused like goes back to what it was and says why; and a comment's
/// like is not undone when the comment above it draws again. On real PostgreSQL: the post's row is held locked so the
/// like's transaction waits while the card is read.
/// </summary>
public sealed class ALikeShowsAtOnce : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private TestServices _author = null!;
    private Guid _post;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _author = _db.As(await _db.CreateUserAsync("like_author"));
        _post = await _author.PostAsync("A loop worth a like");
        var fan = await _db.CreateUserAsync("like_fan");
        Services.AddSocialCards(new ConfigurationBuilder().Build());
        this.UseDomain(_db, CurrentUser.For(fan), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task<IRenderedComponent<PostCard>> CardAsync()
    {
        var post = await Services.GetRequiredService<FeedService>().GetAsync(_post);
        return Render<PostCard>(p => p.Add(c => c.Post, post!).Add(c => c.CanInteract, true));
    }

    private static AngleSharp.Dom.IElement Like(IRenderedComponent<PostCard> card) => card.Find("button[aria-label^='Like ']");
    private static string Count(IRenderedComponent<PostCard> card) => card.Find(".pa-card-count").TextContent;

    [Fact]
    public async Task The_like_is_pressed_and_counted_while_the_database_is_still_busy_and_then_kept()
    {
        var card = await CardAsync();
        Assert.Equal("false", Like(card).GetAttribute("aria-pressed"));

        await using (var holder = new NpgsqlConnection(_db.OwnerConnectionString))
        {
            await holder.OpenAsync();
            await using var hold = await holder.BeginTransactionAsync();
            await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM posts WHERE id = $1 FOR UPDATE", holder, hold) { Parameters = { new() { Value = _post } } })
                await lockRow.ExecuteScalarAsync();

            // Not awaited: the click's handler waits for the row until the commit below.
            var click = Like(card).ClickAsync(new());

            card.WaitForAssertion(() => Assert.Equal("true", Like(card).GetAttribute("aria-pressed")));
            Assert.Equal("1 like", Count(card));
            Assert.False(click.IsCompleted);
            await hold.CommitAsync();
            await click.WaitAsync(TimeSpan.FromSeconds(10));
        }

        card.WaitForAssertion(() => Assert.Null(Like(card).GetAttribute("disabled")), TimeSpan.FromSeconds(10));
        Assert.Equal("true", Like(card).GetAttribute("aria-pressed"));
        Assert.Equal("1 like", Count(card));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT likes_count FROM posts WHERE id = $1", _post));
    }

    [Fact]
    public async Task A_like_the_database_refuses_goes_back_and_says_why()
    {
        Render<MudSnackbarProvider>();
        var card = await CardAsync();
        await _db.ScalarAsync<int>("UPDATE posts SET is_hidden = true, hidden_reason = 'Spam' WHERE id = $1 RETURNING 1", _post);

        await Like(card).ClickAsync(new());

        card.WaitForAssertion(() => Assert.Null(Like(card).GetAttribute("disabled")), TimeSpan.FromSeconds(10));
        Assert.Equal("false", Like(card).GetAttribute("aria-pressed"));
        Assert.Equal("0 likes", Count(card));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM post_likes WHERE post_id = $1", _post));
        Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
    }

    [Fact]
    public async Task A_liked_reply_stays_liked_when_the_comment_above_opens_its_reply_box()
    {
        var comments = _author.Get<CommentService>();
        var parent = (await comments.AddAsync(_post, "Love the swing on this")).Value;
        Assert.True((await comments.AddAsync(_post, "Same here", parent)).Succeeded);
        var tree = await Services.GetRequiredService<CommentService>().TreeAsync(_post);
        var item = Render<CommentItem>(p => p.Add(c => c.Comment, tree[0]).Add(c => c.Reply, (_, _) => Task.FromResult(Result.Success())));
        AngleSharp.Dom.IElement ReplyLike() => item.FindAll("button[aria-label=Like]")[1];

        await ReplyLike().ClickAsync(new());
        item.WaitForAssertion(() => Assert.Equal("true", ReplyLike().GetAttribute("aria-pressed")));
        item.FindAll("button").First(b => b.TextContent.Trim() == "Reply").Click();

        Assert.NotEmpty(item.FindAll("textarea"));
        Assert.Equal("true", ReplyLike().GetAttribute("aria-pressed"));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT likes_count FROM comments WHERE parent_comment_id = $1", parent));
    }
}
