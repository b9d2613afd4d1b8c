using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql.EntityFrameworkCore.PostgreSQL;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>
/// One command, one database transaction (decision 016). <see cref="RunAsync{T}"/> opens a context and a transaction,
/// runs the command, saves and commits; every service the command calls on the way (the notifier, the mailer, another
/// service's command) joins the same unit through an ambient scope instead of opening its own, so the command's rows
/// commit together or not at all. Work that must only follow a commit (live broadcasts) is queued with
/// <see cref="AfterCommit"/> and runs once the outermost unit has committed; a rolled-back unit drops it.
/// <para>
/// Transient failures (serialization failure, deadlock, a dropped connection) run the whole unit again through Npgsql's
/// retrying execution strategy, with a clean change tracker and a fresh after-commit list; the command must therefore
/// only touch the database inside <c>work</c> (outside calls such as fetching a link preview go before it).
/// </para>
/// A command that returns a failed <see cref="Result"/> is rolled back too: whatever it wrote before it noticed the
/// problem is not kept.
/// <para>
/// The money path writes as the jobs role (decision 190): its unit is the keyed service <see cref="Jobs"/>. Services it
/// calls (the notifier, the mailer) join it and write as that role too; a jobs unit never joins a member's open unit
/// (it would write as the member), so opening one inside a member's unit is a programming error.
/// </para>
/// </summary>
public sealed class UnitOfWork
{
    /// <summary>The service key of the unit that writes as the jobs role: <c>[FromKeyedServices(UnitOfWork.Jobs)]</c>.</summary>
    public const string Jobs = "jobs";

    private static readonly AsyncLocal<Scope?> Ambient = new();
    private readonly Func<AppDbContext> _create;
    private readonly IOptions<DatabaseOptions> _options;
    private readonly bool _asJobs;

    public UnitOfWork(IDbContextFactory<AppDbContext> contexts, IOptions<DatabaseOptions> options) : this(contexts.CreateDbContext, options, asJobs: false)
    {
    }

    private UnitOfWork(Func<AppDbContext> create, IOptions<DatabaseOptions> options, bool asJobs) => (_create, _options, _asJobs) = (create, options, asJobs);

    /// <summary>A unit whose commands run as the jobs role, with no member as caller.</summary>
    public static UnitOfWork ForJobs(JobsDbContextFactory jobs, IOptions<DatabaseOptions> options) => new(jobs.CreateDbContext, options, asJobs: true);

    /// <summary>Whether the calling code runs inside an open unit of work.</summary>
    public static bool IsOpen => Ambient.Value is { Completed: false };

    /// <summary>Runs <paramref name="work"/> in the open unit, or in a new one that commits when it returns.</summary>
    public async Task<T> RunAsync<T>(Func<AppDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (Ambient.Value is { Completed: false } open)
        {
            if (_asJobs && !open.AsJobs)
                throw new InvalidOperationException("The money path runs in its own unit of work, never inside a member's.");
            return await work(open.Context, cancellationToken);
        }

        var settings = _options.Value;
        await using var db = _create();
        var strategy = new NpgsqlRetryingExecutionStrategy(db, settings.MaxRetries, TimeSpan.FromMilliseconds(settings.MaxRetryDelayMilliseconds), null);
        var (value, committed) = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var scope = new Scope(db, _asJobs);
            Ambient.Value = scope;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var result = await work(db, ct);
                if (result is Result { Succeeded: false })
                {
                    await transaction.RollbackAsync(ct);
                    return (result, (Scope?)null);
                }
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return (result, scope);
            }
            finally
            {
                scope.Completed = true;
                Ambient.Value = null;
            }
        }, cancellationToken);

        if (committed is not null)
            foreach (var action in committed.AfterCommit) action();
        return value;
    }

    /// <summary>As <see cref="RunAsync{T}"/> for a command that returns nothing.</summary>
    public Task RunAsync(Func<AppDbContext, CancellationToken, Task> work, CancellationToken cancellationToken = default) =>
        RunAsync<bool>(async (db, ct) =>
        {
            await work(db, ct);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> after the open unit commits (never if it rolls back), or now when no unit is open.
    /// </summary>
    public static void AfterCommit(Action action)
    {
        if (Ambient.Value is { Completed: false } open) open.AfterCommit.Add(action);
        else action();
    }

    private sealed class Scope(AppDbContext context, bool asJobs)
    {
        public AppDbContext Context { get; } = context;
        public bool AsJobs { get; } = asJobs;
        public List<Action> AfterCommit { get; } = [];
        public bool Completed { get; set; }
    }
}
