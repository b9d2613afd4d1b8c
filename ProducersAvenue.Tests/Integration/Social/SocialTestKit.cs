using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>The social services as one member, with fakes for the content feature's renderer and link fetcher.</summary>
internal static class SocialTestKit
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static TestServices As(this TestDb db, Guid userId, UserRole role = UserRole.Member, TimeProvider? clock = null,
        Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null) =>
        db.Services(CurrentUser.For(userId, role), clock, settings, services =>
        {
            services.AddSingleton<IMarkdownRenderer, FakeMarkdownRenderer>();
            services.AddSingleton<ILinkPreviewFetcher, FakeLinkPreviewFetcher>();
            configure?.Invoke(services);
        });

    /// <summary>As <see cref="As"/>, with <paramref name="interceptor"/> on every context (to count or record SQL commands).</summary>
    public static TestServices AsWithInterceptor(this TestDb db, Guid userId, IInterceptor interceptor, IDictionary<string, string?>? settings = null) =>
        db.As(userId, settings: settings, configure: s => s.AddSingleton(sp =>
            new AppDbContextPool(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>(), interceptor)));

    public static TestServices Anonymous(this TestDb db, IDictionary<string, string?>? settings = null) =>
        db.Services(null, settings: settings, configure: services =>
        {
            services.AddSingleton<IMarkdownRenderer, FakeMarkdownRenderer>();
            services.AddSingleton<ILinkPreviewFetcher, FakeLinkPreviewFetcher>();
        });

    public static async Task<Guid> PostAsync(this TestServices services, string content)
    {
        var result = await services.Get<PostService>().CreateAsync(new CreatePostCommand { Content = content });
        Assert.True(result.Succeeded, result.FirstError?.Message);
        return result.Value;
    }

    public static async Task FollowAsync(this TestServices services, Guid target) =>
        Assert.True((await services.Get<FollowService>().FollowAsync(target)).Succeeded);

    /// <summary>Inserts posts directly (owner role) with a chosen created_at.</summary>
    public static async Task<Guid> InsertPostAsync(this TestDb db, Guid author, string content, DateTimeOffset createdAt, bool hidden = false)
    {
        var id = Guid.CreateVersion7();
        await db.ScalarAsync<int>("INSERT INTO posts (id, user_id, content, post_type, created_at, updated_at, is_hidden, hidden_reason) " +
                                  "VALUES ($1, $2, $3, 'text', $4, $4, $5, $6) RETURNING 1",
            id, author, content, createdAt, hidden, hidden ? "Spam" : DBNull.Value);
        return id;
    }

    public static FakeTimeProvider Clock() => new(Start);
}
