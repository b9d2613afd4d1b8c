using Hangfire.PostgreSql;
using Npgsql;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Web.Background;

/// <summary>Hangfire's connections come from the jobs role's data source (<c>ConnectionStrings:Jobs</c>, user <c>pa_jobs</c>).</summary>
public sealed class JobsConnectionFactory(JobsDataSource dataSource) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() => dataSource.Source.CreateConnection();
}
