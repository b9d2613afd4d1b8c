using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>"Delete personal data": everything personal goes; money records stay, under an anonymous name.</summary>
public sealed class ClosingAnAccount : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly FakeFileStorage _storage = new();
    private Guid _leaver;
    private Guid _friend;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _leaver = await _db.CreateUserAsync("leaving_lou", email: "lou@example.test");
        _friend = await _db.CreateUserAsync("staying_sam");
        var avatar = await _storage.SaveAsync("avatars", ".png", "image/png", new MemoryStream([1, 2, 3]));
        await _db.ExecuteAsync("UPDATE user_profiles SET avatar_url = $2, bio = 'Lou makes lo-fi', location_city = 'Lisbon' WHERE user_id = $1", _leaver, avatar.Url);
        var post = await _db.InsertAsync("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'my beat #lofi', 'text') RETURNING id", _leaver);
        var friendsPost = await _db.InsertAsync("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'hello', 'text') RETURNING id", _friend);
        await _db.ExecuteAsync("INSERT INTO comments (post_id, user_id, content) VALUES ($1, $2, 'nice one')", friendsPost, _leaver);
        await _db.ExecuteAsync("INSERT INTO post_likes (post_id, user_id) VALUES ($1, $2)", friendsPost, _leaver);
        await _db.ExecuteAsync("INSERT INTO post_likes (post_id, user_id) VALUES ($1, $2)", post, _friend);
        await _db.ExecuteAsync("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2), ($2, $1)", _leaver, _friend);
        // What the leaver caused in the friend's bell, with their words copied in; and a notice nobody caused.
        await _db.ExecuteAsync("""
            INSERT INTO notifications (user_id, type, title, message, actor_id) VALUES
              ($1, 'comment', '@leaving_lou commented on your post', 'nice one', $2),
              ($1, 'follow', '@leaving_lou followed you', NULL, $2),
              ($1, 'system', 'Welcome to Producers Avenue', NULL, NULL)
            """, _friend, _leaver);
        await _db.ExecuteAsync(
            "INSERT INTO custom_field_requests (field_type, field_value, normalized_value, requested_by, request_count) VALUES ('skill', 'Tape Echo', 'tape echo', ARRAY[$1, $2]::uuid[], 2)",
            _leaver, _friend);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<Result<AccountDeletionOutcome>> CloseAsync() =>
        _db.Services(CurrentUser.For(_leaver), configure: s => s.AddSingleton<IFileStorage>(_storage)).Get<AccountDeletion>().DeleteMyAccountAsync();

    [Fact]
    public async Task A_member_without_money_records_is_deleted_with_everything_they_made()
    {
        var result = await CloseAsync();

        Assert.Equal(AccountDeletionOutcome.Deleted, result.Value);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM auth.users WHERE id = $1", _leaver));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM user_profiles WHERE user_id = $1", _leaver));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM wallets WHERE user_id = $1", _leaver));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE user_id = $1", _leaver));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM comments WHERE user_id = $1", _leaver));
        await AssertTheFriendIsUntouchedAsync();
        Assert.Empty(_storage.Files);
    }

    [Fact]
    public async Task A_member_with_a_sale_keeps_the_record_under_an_anonymous_name_and_loses_everything_else()
    {
        var product = await _db.InsertAsync("INSERT INTO products (seller_id, title, slug, price, status) VALUES ($1, 'Kit', 'kit', 10, 'active') RETURNING id", _friend);
        var sale = await _db.InsertAsync("""
            INSERT INTO transactions (buyer_id, seller_id, transaction_type, related_id, amount_total, amount_fees, amount_commission, amount_seller, payment_processor, status)
            VALUES ($1, $2, 'product_purchase', $3, 1000, 59, 400, 541, 'stripe', 'completed') RETURNING id
            """, _leaver, _friend, product);

        var result = await CloseAsync();

        Assert.Equal(AccountDeletionOutcome.AnonymisedForMoneyRecords, result.Value);
        Assert.Equal(_leaver, await _db.ScalarAsync<Guid>("SELECT buyer_id FROM transactions WHERE id = $1", sale));
        Assert.Equal(0L, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM auth.users WHERE id = $1 AND (email ILIKE '%lou%' OR user_name ILIKE '%lou%' OR password_hash IS NOT NULL)", _leaver));
        Assert.Equal(AccountDeletion.AnonymousDisplayName, await _db.ScalarAsync<string>("SELECT display_name FROM user_profiles WHERE user_id = $1", _leaver));
        Assert.Null(await _db.ScalarAsync<string>("SELECT coalesce(bio, location_city, avatar_url) FROM user_profiles WHERE user_id = $1", _leaver));
        Assert.DoesNotContain("lou", await _db.ScalarAsync<string>("SELECT username FROM user_profiles WHERE user_id = $1", _leaver));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE user_id = $1", _leaver));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM comments WHERE user_id = $1", _leaver));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM followers WHERE follower_id = $1 OR following_id = $1", _leaver));
        await AssertTheFriendIsUntouchedAsync();
        Assert.Empty(_storage.Files);
    }

    [Fact]
    public async Task Nobody_signed_in_cannot_close_an_account()
    {
        var result = await _db.Services(configure: s => s.AddSingleton<IFileStorage>(_storage)).Get<AccountDeletion>().DeleteMyAccountAsync();

        Assert.Equal(Error.SignInRequired, result.FirstError);
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM auth.users WHERE id = $1", _leaver));
    }

    /// <summary>
    /// The other member keeps their post, counters that no longer count the one who left, and their notices — but nothing
    /// the leaver caused: "commented on your post — nice one" kept the words with the actor set to null.
    /// </summary>
    private async Task AssertTheFriendIsUntouchedAsync()
    {
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE user_id = $1", _friend));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT likes_count + comments_count FROM posts WHERE user_id = $1", _friend));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT followers_count + following_count FROM user_profiles WHERE user_id = $1", _friend));
        Assert.Equal(new[] { _friend }, await _db.ScalarAsync<Guid[]>("SELECT requested_by FROM custom_field_requests WHERE normalized_value = 'tape echo'"));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT request_count FROM custom_field_requests WHERE normalized_value = 'tape echo'"));
        Assert.Equal(["Welcome to Producers Avenue"], await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", _friend));
    }
}
