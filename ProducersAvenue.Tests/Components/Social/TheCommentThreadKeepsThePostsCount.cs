using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>
/// A post page's comment count follows its thread: the thread tells the page to count again when the viewer adds a comment,
/// and when they edit or delete one — the thread is read afresh then, with what others wrote meanwhile, and the count was
/// left behind. Real comments in PostgreSQL, read through the domain's services as the commenter.
/// </summary>
public sealed class TheCommentThreadKeepsThePostsCount : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _post;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var author = await _db.CreateUserAsync("thread_author");
        var commenter = await _db.CreateUserAsync("thread_commenter");
        _post = await _db.As(author).PostAsync("A beat for feedback");
        Assert.True((await _db.As(commenter).Get<CommentService>().AddAsync(_post, "Fist take is great")).Succeeded);
        this.UseDomain(_db, CurrentUser.For(commenter), SocialTestKit.Start);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void Editing_a_comment_has_the_page_count_its_comments_again()
    {
        var counted = 0;
        Render<MudPopoverProvider>();
        var thread = Render<CommentThread>(p => p.Add(x => x.PostId, _post).Add(x => x.CountChanged, () => counted++));
        thread.WaitForAssertion(() => Assert.Contains("Fist take is great", thread.Markup));

        thread.FindAll("button").First(b => b.TextContent.Trim() == "Edit").Click();
        // The edit box is drawn after the click's render: wait for its Save (on a loaded machine it came a moment later).
        thread.WaitForAssertion(() => Assert.Contains(thread.FindAll("button"), b => b.TextContent.Trim() == "Save"));
        thread.FindAll("textarea").Last().Input("First take is great");
        thread.FindAll("button").First(b => b.TextContent.Trim() == "Save").Click();

        thread.WaitForAssertion(() => Assert.Contains("First take is great", thread.Find(".pa-comment-body").TextContent));
        thread.WaitForAssertion(() => Assert.Equal(1, counted));
    }
}
