using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Moderation;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Marketplace.Reviews;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Moderation.Components;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Moderation;

/// <summary>
/// The rules let members report posts, comments, profiles, products and services (QA10: only messages and conversations
/// had a "Report"). Another member's post has "Report post" in its actions menu, a profile's ⋯ menu has "Report @name", and a
/// listing page a "Report" button — each opens the one report dialog and stores one report; nobody is offered to report
/// their own.
/// </summary>
public sealed class MembersReportWhatTheySee : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _author, _reader, _post;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _author = await _db.CreateUserAsync("report_author");
        _reader = await _db.CreateUserAsync("report_reader");
        _post = await _db.As(_author).PostAsync("Buy my followers pack at spam.example");
        Services.AddSocialCards(new ConfigurationBuilder().Build());
        this.UseDomain(_db, CurrentUser.For(_reader), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    /// <summary>Picks <paramref name="reason"/> in the open report dialog and sends it.</summary>
    private static async Task SendAsync(IRenderedComponent<MudDialogProvider> dialogs, ReportReason reason)
    {
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=report-send]")));
        var reasons = dialogs.FindComponent<MudRadioGroup<ReportReason?>>();
        await dialogs.InvokeAsync(() => reasons.Instance.ValueChanged.InvokeAsync(reason));
        dialogs.Find("[data-testid=report-send]").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=report-send]")));
    }

    [Fact]
    public async Task Another_members_post_is_reported_from_its_actions_menu()
    {
        var dialogs = Render<MudDialogProvider>();
        var post = await Services.GetRequiredService<FeedService>().GetAsync(_post);
        var card = Render<PostCard>(p => p.Add(c => c.Post, post!));

        card.Find("button[aria-label='Post actions']").Click();
        Assert.Equal(["Report post"], card.FindAll("[role=menu] [role=menuitem]").Select(i => i.TextContent.Trim()));
        card.Find("[role=menuitem]").Click();
        await SendAsync(dialogs, ReportReason.Spam);

        Assert.Equal("post", await _db.ScalarAsync<string>("SELECT target_type FROM reports WHERE reporter_id = $1 AND target_id = $2", _reader, _post));
    }

    [Fact]
    public async Task A_profile_is_reported_from_its_menu_and_a_listing_from_its_page()
    {
        var dialogs = Render<MudDialogProvider>();
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<ProfileSafetyMenu>(p => p.Add(m => m.UserId, _author).Add(m => m.Username, "report_author"));
        menu.WaitForAssertion(() => Assert.Equal("true", menu.Find("[data-testid=profile-menu]").GetAttribute("data-ready")));
        menu.Find("button[aria-label='More actions for @report_author']").Click();
        popovers.WaitForElement("[data-testid=profile-report]").Click();
        await SendAsync(dialogs, ReportReason.Harassment);

        var service = await _db.ServiceAsync(_author, "Fake mastering");
        var button = Render<ReportButton>(p => p.Add(b => b.TargetType, ReportTargetType.Service).Add(b => b.TargetId, service).Add(b => b.What, "“Fake mastering”"));
        button.Find("[data-testid=report]").Click();
        await SendAsync(dialogs, ReportReason.Scam);

        Assert.Equal(["profile", "service"], await _db.ListAsync<string>("SELECT target_type FROM reports WHERE reporter_id = $1 ORDER BY target_type", _reader));
        // The seller is not offered to report their own listing.
        Assert.Empty(Render<ReportButton>(p => p.Add(b => b.TargetType, ReportTargetType.Service).Add(b => b.TargetId, service)
            .Add(b => b.What, "x").Add(b => b.IsOwner, true)).FindAll("button"));
    }

    [Fact]
    public async Task Another_members_comment_is_reported_from_its_report_button()
    {
        var dialogs = Render<MudDialogProvider>();
        var comment = await _db.As(_author).Get<CommentService>().AddAsync(_post, "Follow me for free plugins");
        var thread = await Services.GetRequiredService<CommentService>().ThreadsAsync(_post, 10);
        var view = Assert.Single(thread.Comments);
        Assert.True(view.CanReport);
        var item = Render<CommentItem>(p => p.Add(c => c.Comment, view).Add(c => c.Reply, (_, _) => Task.FromResult(Result.Success())));

        item.Find("button[aria-label=\"Report report_author's comment\"]").Click();
        await SendAsync(dialogs, ReportReason.Spam);

        Assert.Equal("comment", await _db.ScalarAsync<string>("SELECT target_type FROM reports WHERE reporter_id = $1 AND target_id = $2", _reader, comment.Value));
    }

    [Fact]
    public async Task An_own_post_offers_no_report()
    {
        var mine = await _db.As(_reader).PostAsync("My own loop");
        var post = await Services.GetRequiredService<FeedService>().GetAsync(mine);
        var card = Render<PostCard>(p => p.Add(c => c.Post, post!));
        card.Find("button[aria-label='Post actions']").Click();
        Assert.DoesNotContain("Report post", card.FindAll("[role=menuitem]").Select(i => i.TextContent.Trim()));
    }
}
