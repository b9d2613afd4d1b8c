using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// Thousands of interleaved units of work by different callers share a pool of 3 connections; each one sees exactly
/// its own caller's rows, and a command sent without the application's caller statement sees no caller at all.
/// </summary>
public sealed class PooledConnectionsNeverCarryACallerOver : IAsyncLifetime
{
    private const int Members = 6;
    private const int Workers = 8;
    private const int OperationsPerWorker = 300;
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_operation_sees_only_its_own_callers_rows()
    {
        var members = new List<Guid>();
        for (var i = 0; i < Members; i++)
        {
            var id = await _db.CreateUserAsync($"pooled_{i}");
            members.Add(id);
            // i + 1 notifications each: a caller who saw another's rows would see the wrong count or the wrong owner.
            for (var n = 0; n <= i; n++)
                await _db.ScalarAsync<int>("INSERT INTO notifications (user_id, type, title) VALUES ($1, 'like', 'n')", id);
        }

        await using var dataSource = PersistenceServiceCollectionExtensions.BuildDataSource(
            new NpgsqlConnectionStringBuilder(_db.AppConnectionString) { MaxPoolSize = 3 }.ConnectionString);
        var contexts = new AppDbContextPool(dataSource, TimeProvider.System);
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        var operations = 0;

        async Task WorkAsync(int worker)
        {
            var random = new Random(worker);
            for (var i = 0; i < OperationsPerWorker; i++)
            {
                var pick = random.Next(Members + 2);
                Interlocked.Increment(ref operations);
                if (pick == Members + 1)
                {
                    // A connection from the same pool used without the caller statement: nobody is signed in there.
                    await using var raw = await dataSource.OpenConnectionAsync();
                    await using var command = new NpgsqlCommand("SELECT coalesce(current_setting('app.user_id', true), '') || '|' || (SELECT count(*) FROM notifications)", raw);
                    var seen = (string)(await command.ExecuteScalarAsync())!;
                    if (seen != "|0") wrong.Add($"raw connection saw '{seen}'");
                    continue;
                }

                var caller = pick < Members ? CurrentUser.For(members[pick]) : CurrentUser.Anonymous();
                await using var db = new AppDbContextFactory(contexts, caller).CreateDbContext();
                switch (i % 3)
                {
                    case 0:
                    {
                        var owners = await db.Notifications.Select(n => n.UserId).ToListAsync();
                        var expected = pick < Members ? pick + 1 : 0;
                        if (owners.Count != expected || owners.Any(o => o != caller.UserId))
                            wrong.Add($"{Name(pick)} saw {owners.Count} notification(s) of {string.Join(",", owners.Distinct())}");
                        break;
                    }
                    case 1:
                    {
                        // An explicit transaction with two commands: both run as the caller.
                        await using var transaction = await db.Database.BeginTransactionAsync();
                        var me = await db.Database.SqlQuery<Guid?>($"SELECT app_current_user_id() AS \"Value\"").SingleAsync();
                        var count = await db.Notifications.CountAsync();
                        await transaction.CommitAsync();
                        if (me != caller.UserId || count != (pick < Members ? pick + 1 : 0)) wrong.Add($"{Name(pick)} in a transaction was {me} and saw {count}");
                        break;
                    }
                    default:
                    {
                        // A write: marking one's own notifications read touches exactly one's own rows.
                        var changed = await db.Notifications.Where(n => n.Type == NotificationType.Like)
                            .ExecuteUpdateAsync(s => s.SetProperty(n => n.IsRead, n => !n.IsRead));
                        if (changed != (pick < Members ? pick + 1 : 0)) wrong.Add($"{Name(pick)} changed {changed} notification(s)");
                        break;
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(() => WorkAsync(w))));

        Assert.True(operations >= 2000, $"only {operations} operations ran");
        Assert.True(wrong.IsEmpty, $"{wrong.Count} operation(s) ran as someone else:\n" + string.Join("\n", wrong.Take(20)));
    }

    private static string Name(int pick) => pick < Members ? $"member {pick}" : "anonymous";
}
