using Microsoft.AspNetCore.Components;
using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support.Fakes;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>
/// A post card and a comment give each author one named link and one Tab stop (the picture is a mouse-only shortcut),
/// and say what their numbers and times mean ("9 likes", "Posted 3 hours ago", "Comment on Ava Beats's post").
/// Rendering needs no database: the services are only called on clicks.
/// </summary>
public sealed class PostCardNamesItsLinksAndCounts : BunitContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly AuthorView Ava = new(Guid.NewGuid(), "ava", "Ava Beats", "/files/avatars/ava.webp");

    public PostCardNamesItsLinksAndCounts()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSocialComponentBasics(Now, new FakeFileStorage());
        Services.AddSocial(new ConfigurationBuilder().Build());
        Services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        Services.AddSocialCards(new ConfigurationBuilder().Build());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public Task InitializeAsync() => Task.CompletedTask;
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private static string Text(AngleSharp.Dom.IElement element) => string.Join(" ", element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void A_post_card_has_one_focusable_named_link_to_its_author()
    {
        var cut = Render<PostCard>(p => p.Add(c => c.Post, new PostView { Id = Guid.NewGuid(), Author = Ava, CreatedAt = Now.AddHours(-3) }));

        var toAuthor = cut.FindAll("a[href='/u/ava']");
        var focusable = toAuthor.Where(a => a.GetAttribute("tabindex") != "-1" && a.GetAttribute("aria-hidden") != "true").ToList();
        Assert.Single(focusable);
        Assert.Equal("Ava Beats", Text(focusable[0]));
        Assert.All(toAuthor.Except(focusable), a => Assert.Equal(("-1", "true"), (a.GetAttribute("tabindex"), a.GetAttribute("aria-hidden"))));
    }

    [Fact]
    public void A_post_card_says_what_its_counts_time_and_comment_link_mean()
    {
        var id = Guid.NewGuid();
        var cut = Render<PostCard>(p => p.Add(c => c.Post, new PostView
        {
            Id = id, Author = Ava, CreatedAt = Now.AddHours(-3), LikesCount = 9, CommentsCount = 1,
        }));

        var actions = Text(cut.Find(".pa-card-actions"));
        Assert.Contains("9 likes", actions);
        Assert.Contains("1 comment", actions);
        Assert.Empty(cut.FindAll("[aria-label=Likes], [aria-label=Comments]"));
        Assert.Contains("Posted 3 hours ago", Text(cut.Find($"a[href='/posts/{id}']")));
        Assert.Equal("Comment on Ava Beats's post", cut.Find($"a[href='/posts/{id}#comments']").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_comment_has_one_focusable_named_link_to_its_author_and_spoken_likes()
    {
        var comment = new CommentView
        {
            Id = Guid.NewGuid(), Author = Ava, Content = "Lovely", BodyHtml = "<p>Lovely</p>", CreatedAt = Now.AddMinutes(-5), LikesCount = 1,
        };
        var cut = Render<CommentItem>(p => p
            .Add(c => c.Comment, comment)
            .Add(c => c.Reply, (_, _) => Task.FromResult(Result.Success())));

        var focusable = cut.FindAll("a[href='/u/ava']").Where(a => a.GetAttribute("tabindex") != "-1").ToList();
        Assert.Single(focusable);
        Assert.Equal("Ava Beats", Text(focusable[0]));
        Assert.Contains("5 minutes ago", Text(cut.Find($"#comment-{comment.Id}")));
        Assert.Contains("1 like", Text(cut.Find($"#comment-{comment.Id}")));
    }

    [Fact]
    public void A_rewritten_post_and_comment_say_edited_with_when_and_others_do_not()
    {
        var edited = Render<PostCard>(p => p.Add(c => c.Post, new PostView
        {
            Id = Guid.NewGuid(), Author = Ava, CreatedAt = Now.AddHours(-3), EditedAt = Now.AddMinutes(-20),
        }));
        var asWritten = Render<PostCard>(p => p.Add(c => c.Post, new PostView { Id = Guid.NewGuid(), Author = Ava, CreatedAt = Now.AddHours(-3) }));
        var comment = Render<CommentItem>(p => p
            .Add(c => c.Comment, new CommentView
            {
                Id = Guid.NewGuid(), Author = Ava, Content = "Lovely", BodyHtml = "<p>Lovely</p>", CreatedAt = Now.AddMinutes(-5), EditedAt = Now.AddMinutes(-1),
            })
            .Add(c => c.Reply, (_, _) => Task.FromResult(Result.Success())));

        var mark = edited.Find("[data-testid=edited]");
        Assert.Equal("edited", mark.TextContent);
        Assert.Equal("Edited 20 minutes ago", mark.GetAttribute("title"));
        Assert.Empty(asWritten.FindAll("[data-testid=edited]"));
        Assert.Equal("Edited 1 minute ago", comment.Find("[data-testid=edited]").GetAttribute("title"));
    }
}
