using System.Net;
using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A delivered image, kept as the seller made it (decision 288), reaches the buyer through the order page's link as a
/// download: <c>Content-Disposition: attachment</c> under its name, <c>image/png</c>, <c>nosniff</c> and the sandbox; the
/// same link opens nothing for another member.
/// </summary>
public sealed partial class AnOrderImageDownloadsAsAnAttachment : WebAppTest
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Storage:Local:Root"] = Path.Combine(Path.GetTempPath(), "pa-order-tests", Guid.NewGuid().ToString("N")),
    };

    [GeneratedRegex("href=\"(/files/private/[^\"]+)\"")]
    private static partial Regex PrivateLink();

    [Fact]
    public async Task The_buyer_downloads_the_delivered_png_as_an_attachment_and_a_stranger_gets_nothing()
    {
        var seller = (await App.CreateMemberAsync("art_seller")).Id;
        var buyer = (await App.CreateMemberAsync("art_buyer")).Id;
        await App.CreateMemberAsync("art_stranger");
        var service = await Db.InsertAsync("""
            INSERT INTO services (seller_id, title, slug, description, service_type, packages, status)
            VALUES ($1, 'Cover art', 'cover-art', 'Covers', 'design',
                    '[{"name": "Single cover", "price": 80, "delivery_days": 5, "revisions": 2, "features": []}]', 'active') RETURNING id
            """, seller);
        var art = TestImages.Png(300, 300);
        string key;
        await using (var scope = App.Scope())
            key = (await scope.Get<IFileStorage>().SaveAsync($"{PrivateFileKey.FolderPrefix}order/{seller:N}", "png", "image/png", new MemoryStream(art))).Key;
        var order = await Db.ScalarAsync<Guid>("""
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status,
                                due_at, delivered_at, delivery_notes, delivery_files, delivery_file_names)
            VALUES ($1, $2, $3, 'Single cover', 80, 5, 2, 'delivered', now() + interval '2 days', now(), 'The cover', ARRAY[$4], ARRAY['Cover 3000.png'])
            RETURNING id
            """, service, buyer, seller, key);

        using var client = FormClient.For(App);
        await client.SignInAsync("art_buyer");
        var link = WebUtility.HtmlDecode(PrivateLink().Match(await client.PageAsync($"/orders/{order}")).Groups[1].Value);
        Assert.NotEmpty(link);
        using var response = await client.Http.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Cover 3000.png", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(art, await response.Content.ReadAsByteArrayAsync());

        using var stranger = FormClient.For(App);
        await stranger.SignInAsync("art_stranger");
        using var refused = await stranger.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/orders/{order}")).StatusCode);
    }
}
