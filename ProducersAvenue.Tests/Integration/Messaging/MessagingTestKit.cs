using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

/// <summary>Messaging as one member on a shared fake clock.</summary>
internal static class MessagingTestKit
{
    public static ConversationService Conversations(this TestDb db, Guid userId, FakeTimeProvider clock, IDictionary<string, string?>? settings = null) =>
        db.As(userId, clock: clock, settings: settings).Get<ConversationService>();

    public static ConversationQueries Queries(this TestDb db, Guid userId, FakeTimeProvider clock, IDictionary<string, string?>? settings = null) =>
        db.As(userId, clock: clock, settings: settings).Get<ConversationQueries>();

    public static async Task<Guid> Ok(this Task<ProducersAvenue.Domain.Common.Result<Guid>> command)
    {
        var result = await command;
        Assert.True(result.Succeeded, result.FirstError?.Message);
        return result.Value;
    }

    public static async Task Ok(this Task<ProducersAvenue.Domain.Common.Result> command)
    {
        var result = await command;
        Assert.True(result.Succeeded, result.FirstError?.Message);
    }

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
}
