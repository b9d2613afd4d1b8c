using Bunit;
using Bunit.JSInterop;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>
/// QA10 (a11y, findings 5 and 7): a comment's Edit and Reply open a box that takes the focus; Escape in the edit box
/// cancels the edit (the comment as it was) and gives the focus back to Edit, Cancel in the reply box back to Reply. A
/// deleted comment hands the focus to the comment now in its place, or to the comment box when none is left, and the
/// thread's status line says "Comment deleted." (the comment box's "Comment added." stayed). Real comments in PostgreSQL.
/// </summary>
public sealed class CommentBoxesAndDeletionsPlaceTheFocus : BunitContext, IAsyncLifetime
{
    private const string ThreadScript = "./Components/Pages/Social/Components/CommentThread.razor.js";
    private TestDb _db = null!;
    private Guid _post;
    private readonly List<Guid> _comments = [];
    private BunitJSModuleInterop _script = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var author = await _db.CreateUserAsync("focus_author");
        var commenter = await _db.CreateUserAsync("focus_commenter");
        _post = await _db.As(author).PostAsync("A beat for feedback");
        foreach (var text in new[] { "First take", "Second take" })
        {
            var added = await _db.As(commenter).Get<CommentService>().AddAsync(_post, text);
            _comments.Add(added.Value);
        }
        this.UseDomain(_db, CurrentUser.For(commenter), SocialTestKit.Start);
        _script = JSInterop.SetupModule(ThreadScript);
        _script.Mode = JSRuntimeMode.Loose;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private IRenderedComponent<CommentThread> RenderThread()
    {
        Render<MudPopoverProvider>();
        var thread = Render<CommentThread>(p => p.Add(x => x.PostId, _post));
        thread.WaitForAssertion(() => Assert.Equal(2, thread.FindAll(".pa-comment-body").Count));
        return thread;
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<CommentThread> thread, Guid comment, string name) =>
        thread.Find($"#comment-{comment}").QuerySelectorAll("button").First(b => b.TextContent.Trim() == name);

    private List<string> Focused() => JSInterop.Focused();

    /// <summary>A button of the comment's item, as the item keeps it (<c>_editButton</c>, <c>_replyButton</c>).</summary>
    private static string ButtonOf(IRenderedComponent<CommentThread> thread, Guid comment, string field) =>
        CapturedReferences.Field<ElementReference>(thread.FindComponents<CommentItem>().Single(c => c.Instance.Comment.Id == comment).Instance, field).Id;

    /// <summary>The open box's text area (the only MudTextField under the comment).</summary>
    private static string BoxOf(IRenderedComponent<CommentThread> thread) =>
        thread.FindComponents<MudTextField<string>>().Last().Instance.InputReference!.ElementReference.Id;

    [Fact]
    public void Edit_focuses_its_box_and_Escape_cancels_it_with_the_focus_back_on_Edit()
    {
        var thread = RenderThread();

        Button(thread, _comments[0], "Edit").Click();

        thread.WaitForAssertion(() => Assert.Single(thread.FindAll($"#comment-{_comments[0]} textarea")));
        var box = thread.Find($"#comment-{_comments[0]} textarea");
        Assert.Equal(BoxOf(thread), Focused().Last());

        box.Input("Changed my mind");
        box.KeyDown(new KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(thread.FindAll($"#comment-{_comments[0]} textarea"));
        Assert.Equal("First take", thread.Find($"#comment-{_comments[0]} .pa-comment-body").TextContent.Trim());
        Assert.Equal(ButtonOf(thread, _comments[0], "_editButton"), Focused().Last());
    }

    [Fact]
    public void Other_keys_in_the_edit_box_leave_it_open()
    {
        var thread = RenderThread();
        Button(thread, _comments[0], "Edit").Click();
        thread.WaitForAssertion(() => Assert.Single(thread.FindAll($"#comment-{_comments[0]} textarea")));

        thread.Find($"#comment-{_comments[0]} textarea").KeyDown(new KeyboardEventArgs { Key = "a" });

        Assert.Single(thread.FindAll($"#comment-{_comments[0]} textarea"));
    }

    [Fact]
    public void Reply_focuses_its_box_and_Cancel_gives_the_focus_back_to_Reply()
    {
        var thread = RenderThread();

        Button(thread, _comments[1], "Reply").Click();

        thread.WaitForAssertion(() => Assert.Single(thread.FindAll($"#comment-{_comments[1]} textarea")));
        Assert.Equal(BoxOf(thread), Focused().Last());

        Button(thread, _comments[1], "Cancel").Click();

        Assert.Empty(thread.FindAll($"#comment-{_comments[1]} textarea"));
        Assert.Equal(ButtonOf(thread, _comments[1], "_replyButton"), Focused().Last());
    }

    [Fact]
    public async Task A_deleted_comment_hands_the_focus_to_the_next_one_then_to_the_box_and_says_so()
    {
        var dialogs = Render<MudDialogProvider>();
        var thread = RenderThread();

        await DeleteAsync(thread, dialogs, _comments[0]);

        thread.WaitForAssertion(() => Assert.Single(thread.FindAll(".pa-comment-body")));
        thread.WaitForAssertion(() => Assert.Equal($"comment-{_comments[1]}", Assert.Single(_script.Invocations["focusAfterDelete"]).Arguments[0]));
        Assert.Equal("Comment deleted.", thread.Find("[data-testid=comments-status]").TextContent);

        await DeleteAsync(thread, dialogs, _comments[1]);

        thread.WaitForAssertion(() => Assert.Equal(2, _script.Invocations["focusAfterDelete"].Count));
        Assert.Null(_script.Invocations["focusAfterDelete"].Last().Arguments[0]); // the box for a new comment
        // Said again in words that differ, or a screen reader would not read the same text twice.
        Assert.Equal("Comment deleted.", thread.Find("[data-testid=comments-status]").TextContent.TrimEnd('\u00A0'));
        Assert.NotEqual("Comment deleted.", thread.Find("[data-testid=comments-status]").TextContent);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM comments WHERE post_id = $1", _post));
    }

    private static async Task DeleteAsync(IRenderedComponent<CommentThread> thread, IRenderedComponent<MudDialogProvider> dialogs, Guid comment)
    {
        await thread.InvokeAsync(() => Button(thread, comment, "Delete").Click());
        dialogs.WaitForAssertion(() => Assert.Contains("Delete comment?", dialogs.Markup));
        await dialogs.InvokeAsync(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click());
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Delete comment?", dialogs.Markup));
    }
}
