using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Jobs;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Web.Background;

namespace ProducersAvenue.Tests.Integration.Jobs;

/// <summary>
/// Hangfire's storage as the app wires it (decision 017): its tables in the <c>hangfire</c> schema that <c>migrate</c>
/// made, reached as <c>pa_jobs</c>, which may use the rows but not change the schema; the app role may not reach them.
/// </summary>
public sealed class HangfireRunsAsTheJobsRole : WebAppTest
{
    [Fact]
    public async Task Hangfire_tables_live_in_their_own_schema_which_only_the_jobs_role_may_use()
    {
        Assert.True(await Db.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'hangfire'") >= 10);
        Assert.Empty(await Db.ListAsync<string>(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('job', 'lock', 'jobqueue', 'hash', 'server')"));

        Assert.True(await Db.ScalarAsync<bool>("SELECT has_table_privilege('pa_jobs', 'hangfire.job', 'SELECT, INSERT, UPDATE, DELETE')"));
        Assert.False(await Db.ScalarAsync<bool>("SELECT has_schema_privilege('pa_jobs', 'hangfire', 'CREATE')"));
        Assert.False(await Db.ScalarAsync<bool>("SELECT has_table_privilege('pa_jobs', 'hangfire.job', 'TRUNCATE')"));
        Assert.False(await Db.ScalarAsync<bool>("SELECT has_schema_privilege('pa_app', 'hangfire', 'USAGE')"));
    }

    [Fact]
    public async Task Schedules_are_written_and_distributed_locks_taken_as_the_jobs_role()
    {
        var storage = App.Services.GetRequiredService<JobStorage>();
        var manager = App.Services.GetRequiredService<IRecurringJobManager>();
        await using var scope = App.Services.CreateAsyncScope();
        manager.AddOrUpdate<RecurringJobRunner>("retired-job", r => r.RunAsync("retired-job", CancellationToken.None), "0 3 * * *");

        var ids = RecurringJobSchedule.Apply(scope.ServiceProvider.GetServices<IRecurringJob>(), manager, storage);

        Assert.Contains("email-outbox-delivery", ids);
        using var connection = storage.GetConnection();
        var stored = connection.GetRecurringJobs();
        var outbox = Assert.Single(stored, j => j.Id == "email-outbox-delivery");
        Assert.Equal("* * * * *", outbox.Cron);
        Assert.NotNull(outbox.NextExecution);
        Assert.DoesNotContain(stored, j => j.Id == "retired-job"); // no longer registered: removed
        // The connections Hangfire opened (still in its pool) are the jobs role's.
        Assert.Equal("pa_jobs", await Db.ScalarAsync<string>(
            "SELECT string_agg(DISTINCT usename::text, ',') FROM pg_stat_activity WHERE datname = current_database() AND usename <> 'pa_owner'"));

        // What keeps an occurrence to one instance: a lock in the hangfire schema that a second connection cannot take.
        using var other = storage.GetConnection();
        using (connection.AcquireDistributedLock("pa-test-lock", TimeSpan.FromSeconds(5)))
        {
            Assert.ThrowsAny<Exception>(() => other.AcquireDistributedLock("pa-test-lock", TimeSpan.FromMilliseconds(300)));
        }
        using (other.AcquireDistributedLock("pa-test-lock", TimeSpan.FromSeconds(5))) { }
    }
}
