using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.E2E.Support;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>Rows the social E2E tests start from, written as the owner.</summary>
internal static class SocialSetup
{
    /// <summary>A member with a password who has been through onboarding already (their home is the feed, not /welcome).</summary>
    public static async Task<Guid> CreateSettledMemberAsync(this E2EFixture app, string username)
    {
        var id = (await app.App.CreateMemberAsync(username)).Id;
        await app.SkipOnboardingAsync(id);
        return id;
    }

    /// <summary>A link post with an optional preview title, straight into the table (no preview is fetched: tests stay on loopback).</summary>
    public static async Task<Guid> InsertLinkPostAsync(this E2EFixture app, Guid author, string content, string url, string? title = null)
    {
        var id = Guid.CreateVersion7();
        var preview = title is null ? (object)DBNull.Value : System.Text.Json.JsonSerializer.Serialize(new { title });
        await app.Db.ScalarAsync<int>("INSERT INTO posts (id, user_id, content, post_type, link_url, link_preview, created_at, updated_at) " +
                                      "VALUES ($1, $2, $3, 'link', $4, $5::jsonb, $6, $6) RETURNING 1",
            id, author, content, url, preview, DateTimeOffset.UtcNow.AddMinutes(-5));
        return id;
    }
}
