using Microsoft.Playwright;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>One of the main pages: its path, whether it renders the <c>data-interactive</c> marker, and a text that shows once its data loaded.</summary>
public sealed record MainPage(string Name, string Path, bool Interactive = true, string? Ready = null)
{
    public override string ToString() => Name;
}

/// <summary>
/// A small community for the accessibility checks: an admin and a member who follow each other (the "Connected" chip),
/// a member's tagged post with a comment and a like, a notification, and a custom-field request in the admin queue.
/// </summary>
public sealed class AccessibilitySite
{
    public required string Admin { get; init; }
    public required string Member { get; init; }
    public required Guid PostId { get; init; }
    public required string Tag { get; init; }
    public required string RequestedGenre { get; init; }
    private const string PostText = "Late-night sketch with a warm Rhodes";
    private const string CommentText = "That chord voicing is lovely.";
    private const string AdminPostText = "Welcome to the avenue, post your first beat!";

    /// <summary>Seeds the community; <paramref name="prefix"/> keeps usernames and the tag unique in the shared E2E database.</summary>
    public static async Task<AccessibilitySite> SeedAsync(E2EFixture app, string prefix)
    {
        var admin = $"{prefix}_admin";
        var member = $"{prefix}_ava";
        var tag = $"{prefix}lofi";
        var genre = $"{prefix} Tape Hiss Soul";
        var adminId = await app.CreateWithPasswordAsync(admin, UserRole.Admin);
        var memberId = await app.Db.CreateUserAsync(member);
        await app.Db.ExecuteAsync(
            "UPDATE user_profiles SET display_name = 'Ava Beats', bio = 'Lo-fi producer and Rhodes player.' WHERE username = $1", member);

        await using var asMember = app.Db.Services(CurrentUser.For(memberId));
        await using var asAdmin = app.Db.Services(CurrentUser.For(adminId));
        Assert.True((await asMember.Get<FollowService>().FollowAsync(adminId)).Succeeded);
        Assert.True((await asAdmin.Get<FollowService>().FollowAsync(memberId)).Succeeded);
        var post = await asMember.Get<PostService>().CreateAsync(new CreatePostCommand { Content = $"Late-night sketch with a **warm** Rhodes #{tag}" });
        Assert.True(post.Succeeded);
        var adminPost = await asAdmin.Get<PostService>().CreateAsync(new CreatePostCommand { Content = AdminPostText });
        Assert.True(adminPost.Succeeded);
        Assert.True((await asAdmin.Get<CommentService>().AddAsync(post.Value, CommentText)).Succeeded);
        Assert.True((await asAdmin.Get<LikeService>().LikePostAsync(post.Value)).Succeeded);
        Assert.True((await asMember.Get<LikeService>().LikePostAsync(adminPost.Value)).Succeeded);
        Assert.True((await asMember.Get<TaxonomyService>().RequestCustomValueAsync(CustomFieldType.Genre, genre)).Succeeded);
        app.PublicContentChanged(); // the posts were written through the test's own services, not the app's

        return new AccessibilitySite { Admin = admin, Member = member, PostId = post.Value, Tag = tag, RequestedGenre = genre };
    }

    public IReadOnlyList<MainPage> SignedOutPages =>
    [
        new("home-signed-out", "/", Interactive: false),
        // A visitor reads these as static pages (decision 143).
        new("explore", "/explore", Interactive: false, Ready: PostText),
        new("profile", $"/u/{Member}", Interactive: false, Ready: PostText),
        new("post", $"/posts/{PostId}", Interactive: false, Ready: CommentText),
        new("tag", $"/tags/{Tag}", Interactive: false, Ready: PostText),
        new("search", $"/search?q={Tag}", Interactive: false, Ready: "Rhodes"),
        new("login", "/Account/Login", Interactive: false),
        new("register", "/Account/Register", Interactive: false),
        new("pricing", "/pricing", Ready: "Sign in to choose"),
    ];

    public IReadOnlyList<MainPage> SignedInPages =>
    [
        new("home-signed-in", "/", Ready: AdminPostText),
        new("explore-signed-in", "/explore", Ready: PostText),
        new("profile-signed-in", $"/u/{Member}", Ready: PostText),
        new("post-signed-in", $"/posts/{PostId}", Ready: CommentText),
        new("notifications", "/notifications", Ready: "followed you"),
        new("followers", $"/u/{Admin}/followers", Ready: "Ava Beats"),
        new("search-people", $"/search?q={Member}&tab=people", Interactive: false, Ready: "Ava Beats"),
        new("profile-settings", "/settings/profile"),
        new("notification-settings", "/settings/notifications", Ready: "New followers"),
        new("admin-custom-fields", "/admin/custom-fields", Ready: RequestedGenre),
        new("library", "/library", Ready: "Your library is empty"),
        new("messages", "/messages", Ready: "No conversations yet."),
        new("wallet", "/wallet", Ready: "No payments yet."),
    ];

    /// <summary>Opens <paramref name="target"/> and waits until it is interactive (or loaded, for static pages).</summary>
    public static async Task OpenAsync(IPage page, MainPage target)
    {
        await page.GotoAsync(target.Path);
        if (target.Interactive) await page.Locator("[data-interactive=true]").First.WaitForAsync();
        else await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (target.Ready is not null) await page.GetByText(target.Ready).First.WaitForAsync();
    }

    /// <summary>A page whose theme cookie says <paramref name="dark"/>, in a browser whose system theme says the same.</summary>
    public static async Task<IPage> NewPageAsync(E2EFixture app, bool dark, int width = 1280)
    {
        var page = await app.NewPageAsync(width, dark);
        await page.Context.AddCookiesAsync(
        [
            new Cookie { Name = "pa-theme", Value = dark ? "dark" : "light", Url = app.BaseAddress.ToString() },
        ]);
        return page;
    }
}
