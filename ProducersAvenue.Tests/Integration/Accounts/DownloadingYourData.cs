using System.Text.Json;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// "Download my data" (decision 164): what the member made and chose is in the file — hidden posts included — and
/// other people appear only by username; nobody else's posts, messages or payments come with it.
/// </summary>
public sealed class DownloadingYourData : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _mia;
    private Guid _ray;
    private Guid _troll;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _mia = await _db.CreateUserAsync("export_mia");
        _ray = await _db.CreateUserAsync("export_ray");
        _troll = await _db.CreateUserAsync("export_troll");
        await _db.ExecuteAsync("UPDATE user_profiles SET bio = 'Mia mixes tape loops', location_city = 'Porto' WHERE user_id = $1", _mia);
        await _db.ExecuteAsync("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'Mia''s first loop #tape', 'text')", _mia);
        await _db.ExecuteAsync("INSERT INTO posts (user_id, content, post_type, is_hidden, hidden_reason) VALUES ($1, 'Mia''s hidden post', 'text', true, 'spam')", _mia);
        var raysPost = await _db.InsertAsync("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'Ray''s secret sauce', 'text') RETURNING id", _ray);
        await _db.ExecuteAsync("INSERT INTO comments (post_id, user_id, content) VALUES ($1, $2, 'Mia says nice')", raysPost, _mia);
        await _db.ExecuteAsync("INSERT INTO post_likes (post_id, user_id) VALUES ($1, $2)", raysPost, _mia);
        await _db.ExecuteAsync("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2), ($2, $1)", _mia, _ray);
        await _db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", _mia, _troll);
        var kit = await _db.InsertAsync("INSERT INTO products (seller_id, title, slug, price, status) VALUES ($1, 'Mia''s Tape Kit', 'mias-tape-kit', 15, 'draft') RETURNING id", _mia);
        await _db.ExecuteAsync("INSERT INTO product_views (product_id, viewer_id, viewed_on) VALUES ($1, $2, current_date)", kit, _mia);
        await _db.ExecuteAsync(
            "INSERT INTO custom_field_requests (field_type, field_value, normalized_value, requested_by, request_count) VALUES ('skill', 'Tape Echo', 'tape echo', ARRAY[$1, $2]::uuid[], 2)",
            _mia, _ray);
        var conversation = await _db.InsertAsync("INSERT INTO conversations (participant_ids) VALUES (ARRAY[$1, $2]::uuid[]) RETURNING id", _mia, _ray);
        await _db.ExecuteAsync("INSERT INTO conversation_members (conversation_id, user_id, is_creator) VALUES ($1, $2, true), ($1, $3, false)", conversation, _mia, _ray);
        await _db.ExecuteAsync("INSERT INTO messages (conversation_id, sender_id, content) VALUES ($1, $2, 'Mia asks about stems'), ($1, $3, 'Ray answers privately')",
            conversation, _mia, _ray);
        await _db.ExecuteAsync("""
            INSERT INTO transactions (buyer_id, seller_id, transaction_type, amount_total, amount_fees, amount_commission, amount_seller, payment_processor)
            VALUES ($1, $2, 'product_purchase', 1500, 74, 150, 1276, 'stripe')
            """, _mia, _ray);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<JsonElement> ExportAsync(Guid member)
    {
        var result = await _db.Services(CurrentUser.For(member)).Get<PersonalDataExport>().ExportMyDataAsync();
        Assert.True(result.Succeeded, result.FirstError?.Message);
        return JsonDocument.Parse(result.Value!).RootElement;
    }

    private static List<string> Strings(JsonElement list, string property) =>
        [.. list.EnumerateArray().Select(item => item.GetProperty(property).GetString()!)];

    [Fact]
    public async Task The_file_holds_what_the_member_made_and_chose_hidden_posts_included()
    {
        var data = await ExportAsync(_mia);

        Assert.Equal("export_mia", data.GetProperty("profile").GetProperty("username").GetString());
        Assert.Equal("Mia mixes tape loops", data.GetProperty("profile").GetProperty("bio").GetString());
        Assert.Equal(["Mia's first loop #tape", "Mia's hidden post"], Strings(data.GetProperty("posts"), "content"));
        Assert.Equal(["Mia says nice"], Strings(data.GetProperty("comments"), "content"));
        Assert.Single(data.GetProperty("liked_posts").EnumerateArray());
        Assert.Equal(["export_ray"], Strings(data.GetProperty("following"), "username"));
        Assert.Equal(["export_ray"], Strings(data.GetProperty("followers"), "username"));
        Assert.Equal(["export_troll"], Strings(data.GetProperty("blocked"), "username"));
        Assert.Equal(["Mia's Tape Kit"], Strings(data.GetProperty("products"), "title"));
        Assert.Equal(["Mia asks about stems"], Strings(data.GetProperty("messages_sent"), "content"));
        var conversation = Assert.Single(data.GetProperty("conversations").EnumerateArray());
        Assert.Equal(["export_ray"], conversation.GetProperty("with_members").EnumerateArray().Select(u => u.GetString()));
        var payment = Assert.Single(data.GetProperty("payments").EnumerateArray());
        Assert.Equal("buyer", payment.GetProperty("my_part").GetString());
        Assert.Equal(1500, payment.GetProperty("amount_total_cents").GetInt32());
        Assert.Equal(JsonValueKind.Object, data.GetProperty("wallet").ValueKind);
        Assert.Equal(["product"], Strings(data.GetProperty("listings_viewed"), "kind"));
        Assert.Equal(["Tape Echo"], Strings(data.GetProperty("taxonomy_requests"), "field_value"));
    }

    [Fact]
    public async Task Nobody_elses_posts_messages_or_ids_come_with_it()
    {
        var json = (await ExportAsync(_mia)).GetRawText();

        Assert.DoesNotContain("Ray's secret sauce", json);
        Assert.DoesNotContain("Ray answers privately", json);
        Assert.DoesNotContain(_ray.ToString(), json);
        Assert.DoesNotContain(_troll.ToString(), json);
    }

    [Fact]
    public async Task The_seller_side_of_a_payment_is_in_the_sellers_file_as_seller()
    {
        var data = await ExportAsync(_ray);

        var payment = Assert.Single(data.GetProperty("payments").EnumerateArray());
        Assert.Equal("seller", payment.GetProperty("my_part").GetString());
        Assert.Equal(1276, payment.GetProperty("amount_seller_cents").GetInt32());
        Assert.Equal(["Ray answers privately"], Strings(data.GetProperty("messages_sent"), "content"));
        Assert.Empty(data.GetProperty("blocked").EnumerateArray());
    }

    [Fact]
    public async Task A_visitor_has_no_data_to_download()
    {
        var result = await _db.Services(CurrentUser.Anonymous()).Get<PersonalDataExport>().ExportMyDataAsync();

        Assert.Equal(Error.SignInRequired, result.FirstError);
    }
}
