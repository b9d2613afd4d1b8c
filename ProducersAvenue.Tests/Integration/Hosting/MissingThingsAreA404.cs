using System.Net;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// A page whose subject does not exist (or may not be seen, which must not be told apart from that) answers 404 with the
/// site's not-found page, as an address no page matches does — not a 200 with a "not found" block, which crawlers index
/// and link checkers cannot tell from a page. A page that exists but is private says so with a 200.
/// </summary>
public sealed class MissingThingsAreA404(ClassWebApp shared) : IClassFixture<ClassWebApp>
{
    private AppFactory App => shared.App;
    private TestDb Db => shared.Db;

    [Theory]
    [InlineData("/u/no_such_member")]
    [InlineData("/u/no_such_member/followers")]
    [InlineData("/u/no_such_member/following")]
    [InlineData("/posts/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50")]
    [InlineData("/market/products/no-such-product")]
    [InlineData("/market/services/no-such-service")]
    [InlineData("/library/get/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50")]
    [InlineData("/tags/%3Cscript%3E")]
    [InlineData("/tags/a%20b")]
    [InlineData("/tags/abcdefghijklmnopqrstuvwxyzabcdefghij")]
    public async Task A_page_about_nothing_is_a_404_in_the_sites_layout(string path)
    {
        using var visitor = FormClient.For(App);

        using var response = await visitor.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"not-found\"", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// An address that looks like a file name matched no fallback and was re-executed into an empty 404: the browser showed
    /// its own blank error page. It is the site's not-found page now.
    /// </summary>
    [Theory]
    [InlineData("/posts/abc.txt")]
    [InlineData("/foo.png")]
    [InlineData("/foo.example")]
    [InlineData("/u/no_such_member/notes.json")]
    public async Task An_unknown_address_that_looks_like_a_file_is_the_sites_404(string path)
    {
        using var visitor = FormClient.For(App);

        using var response = await visitor.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-testid=\"not-found\"", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A missing script, stylesheet or file in the asset folders stays a plain 404: a page asked for it, nobody reads it.
    /// (The brand images beside them are still served: <c>PagesAndAssetsTravelLight</c>.)</summary>
    [Theory]
    [InlineData("/_framework/no-such.js")]
    [InlineData("/_content/MudBlazor/no-such.css")]
    [InlineData("/js/no-such.js")]
    [InlineData("/css/no-such.css")]
    [InlineData("/lib/no-such/no-such.js")]
    [InlineData("/Components/Layout/NoSuch.razor.js")]
    [InlineData("/assets/no-such.svg")]
    public async Task A_missing_asset_is_a_plain_404(string path)
    {
        using var visitor = FormClient.For(App);

        using var response = await visitor.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("not-found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/orders/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50")]
    [InlineData("/library/PA-NO-SUCH-REFERENCE")]
    [InlineData("/checkout/pay/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50")]
    [InlineData("/checkout/done/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50")]
    [InlineData("/messages/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50")]
    [InlineData("/sell/products/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50/edit")]
    [InlineData("/sell/services/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50/edit")]
    [InlineData("/orders/new/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50")]
    [InlineData("/orders/new/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50?package=Standard")]
    public async Task A_members_private_page_about_nothing_is_a_404_too(string path)
    {
        await shared.MemberAsync("missing_viewer");
        using var member = FormClient.For(App);
        await member.SignInAsync("missing_viewer");

        using var response = await member.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"not-found\"", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// A download a member opens that is not there — a forged or expired private link, a library file or attachment they may
    /// not have — is the site's not-found page saying how to get a fresh link. An endpoint's empty 404 is not re-executed to
    /// the not-found page, and the browser showed its own blank error page.
    /// </summary>
    [Theory]
    [InlineData("/files/private/forged-or-expired-token")]
    [InlineData("/library/PA-NO-SUCH-REFERENCE/files/1")]
    [InlineData("/messages/attachments/6f1c1d0e-3a52-4b7e-9d55-0c1b2a3e4f50/0")]
    public async Task A_download_that_is_not_there_is_the_not_found_page_with_a_way_on(string path)
    {
        await shared.MemberAsync("missing_downloader");
        using var member = FormClient.For(App);
        await member.SignInAsync("missing_downloader");

        using var response = await member.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"not-found\"", html);
        Assert.Contains("data-testid=\"not-found-download\"", html);
    }

    [Fact]
    public async Task Someone_elses_conversation_and_listing_editor_are_a_404_and_ones_own_are_pages()
    {
        var owner = await App.CreateMemberAsync("missing_owner");
        var friend = await App.CreateMemberAsync("missing_friend");
        await App.CreateMemberAsync("missing_stranger");
        var category = await Db.ScalarAsync<Guid>("SELECT id FROM categories WHERE is_active ORDER BY sort_order LIMIT 1");
        Guid conversation, product;
        await using (var scope = App.Scope())
        {
            scope.Get<CurrentUser>().Set(owner.Id);
            conversation = (await scope.Get<ConversationService>().StartDirectAsync(friend.Id)).Value;
            var created = await scope.Get<ProductService>().CreateAsync(new SaveProductCommand
            {
                Title = "Owner's Drum Kit", ProductKind = ProductKind.DrumKit, Description = "Drums.", PriceMode = PriceMode.Free, CategoryId = category,
            });
            Assert.True(created.Succeeded, created.FirstError?.Message);
            product = created.Value;
        }
        string[] paths = [$"/messages/{conversation}", $"/sell/products/{product}/edit"];
        using var ownerClient = FormClient.For(App);
        await ownerClient.SignInAsync("missing_owner");
        using var stranger = FormClient.For(App);
        await stranger.SignInAsync("missing_stranger");

        foreach (var path in paths)
        {
            using (var own = await ownerClient.Http.GetAsync(path)) Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            using var theirs = await stranger.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
            Assert.Contains("data-testid=\"not-found\"", await theirs.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_post_is_a_page_until_it_is_deleted()
    {
        var author = await App.CreateMemberAsync("missing_author");
        Guid postId;
        await using (var scope = App.Scope())
        {
            scope.Get<CurrentUser>().Set(author.Id);
            postId = (await scope.Get<PostService>().CreateAsync(new CreatePostCommand { Content = "Here today" })).Value;
        }
        using var visitor = FormClient.For(App);

        using (var live = await visitor.Http.GetAsync($"/posts/{postId}"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Contains("Here today", await live.Content.ReadAsStringAsync());
        }
        await using (var scope = App.Scope())
        {
            scope.Get<CurrentUser>().Set(author.Id);
            Assert.True((await scope.Get<PostService>().DeleteAsync(postId)).Succeeded);
        }

        using var gone = await visitor.Http.GetAsync($"/posts/{postId}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.DoesNotContain("Here today", await gone.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_private_members_followers_say_they_are_private_not_missing()
    {
        var member = await App.CreateMemberAsync("missing_private");
        await using (var scope = App.Scope())
        {
            scope.Get<CurrentUser>().Set(member.Id);
            Assert.True((await scope.Get<ProfileService>().UpdateProfileAsync(new UpdateProfileCommand
            {
                Username = "missing_private", ProfileVisibility = ProfileVisibility.Private,
            })).Succeeded);
        }
        using var visitor = FormClient.For(App);

        using var response = await visitor.Http.GetAsync("/u/missing_private/followers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This profile is private", await response.Content.ReadAsStringAsync());
    }
}
