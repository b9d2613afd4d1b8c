using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>
/// A post's body HTML is rendered once per version and shared by every viewer (decision 110): the cards of two members
/// reading one cached body still show each member's own like, and an edit shows the new text. Posts and likes are real
/// rows in PostgreSQL, read through FeedService as each member; the cards render in bUnit around one shared cache.
/// </summary>
public sealed class CachedPostBodiesFollowEditsAndViewers : BunitContext, IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = SocialTestKit.Clock();
    private readonly CountingRenderer _renderer = new();
    private TestDb _db = null!;

    public CachedPostBodiesFollowEditsAndViewers()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSocialComponentBasics(SocialTestKit.Start, new FakeFileStorage());
        Services.AddSocial(new ConfigurationBuilder().Build());
        Services.AddSingleton(new PostBodyCache(_renderer, Options.Create(new PostBodyCacheOptions())));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Two_viewers_share_one_rendered_body_with_their_own_like_and_an_edit_shows_the_new_text()
    {
        var ava = _db.As(await _db.CreateUserAsync("ava"), clock: _clock);
        var ben = _db.As(await _db.CreateUserAsync("ben"), clock: _clock);
        var cara = _db.As(await _db.CreateUserAsync("cara"), clock: _clock);
        var post = await ava.PostAsync("First **take** of the loop");
        Assert.True((await ben.Get<LikeService>().LikePostAsync(post)).Succeeded);

        var bensCard = RenderCard((await ben.Get<FeedService>().GetAsync(post))!);
        var carasCard = RenderCard((await cara.Get<FeedService>().GetAsync(post))!);

        Assert.Equal(1, _renderer.Calls);
        Assert.All([bensCard, carasCard], card => Assert.Equal("First take of the loop", card.Find(".pa-post-body").TextContent.Trim()));
        Assert.Equal("true", LikeButton(bensCard).GetAttribute("aria-pressed"));
        Assert.Equal("false", LikeButton(carasCard).GetAttribute("aria-pressed"));

        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True((await ava.Get<PostService>().EditAsync(post, "Second *take*, tighter")).Succeeded);
        var bensFresh = RenderCard((await ben.Get<FeedService>().GetAsync(post))!);
        var carasFresh = RenderCard((await cara.Get<FeedService>().GetAsync(post))!);

        Assert.Equal(2, _renderer.Calls);
        Assert.All([bensFresh, carasFresh], card => Assert.Equal("Second take, tighter", card.Find(".pa-post-body").TextContent.Trim()));
        Assert.Equal("true", LikeButton(bensFresh).GetAttribute("aria-pressed"));
        Assert.Equal("false", LikeButton(carasFresh).GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task Two_viewers_cards_keep_one_instance_of_the_heading_and_counts_they_draw_alike()
    {
        // Issue 9: each open tab kept its own copy of every card's heading and counts (~3 KB a card).
        var ava = _db.As(await _db.CreateUserAsync("ava"), clock: _clock);
        var ben = _db.As(await _db.CreateUserAsync("ben"), clock: _clock);
        var cara = _db.As(await _db.CreateUserAsync("cara"), clock: _clock);
        var post = await ava.PostAsync("Mixdown notes for the EP");

        var bensCard = RenderCard((await ben.Get<FeedService>().GetAsync(post))!);
        var carasCard = RenderCard((await cara.Get<FeedService>().GetAsync(post))!);

        var bens = RenderTreeFrames.Markup(this, bensCard.ComponentId);
        var caras = RenderTreeFrames.Markup(this, carasCard.ComponentId);
        var heading = bens.Single(m => m.Contains("pa-card-heading", StringComparison.Ordinal));
        var counts = bens.Single(m => m.Contains("pa-card-count", StringComparison.Ordinal));
        Assert.Same(heading, caras.Single(m => m.Contains("pa-card-heading", StringComparison.Ordinal)));
        Assert.Same(counts, caras.Single(m => m.Contains("pa-card-count", StringComparison.Ordinal)));

        // What differs stays apart: a like changes the count for everyone who draws it next.
        Assert.True((await ben.Get<LikeService>().LikePostAsync(post)).Succeeded);
        var liked = RenderTreeFrames.Markup(this, RenderCard((await cara.Get<FeedService>().GetAsync(post))!).ComponentId);
        Assert.NotEqual(counts, liked.Single(m => m.Contains("pa-card-count", StringComparison.Ordinal)));
    }

    private IRenderedComponent<PostCard> RenderCard(PostView post) => Render<PostCard>(p => p.Add(c => c.Post, post));

    private static AngleSharp.Dom.IElement LikeButton(IRenderedComponent<PostCard> card) => card.Find("button[aria-label^='Like ']");

    /// <summary>The real renderer, counting how often a body is rendered.</summary>
    private sealed class CountingRenderer : IMarkdownRenderer
    {
        private readonly MarkdownRenderer _inner = new();
        public int Calls { get; private set; }

        public string ToSafeHtml(string? markdown)
        {
            Calls++;
            return _inner.ToSafeHtml(markdown);
        }
    }
}
