using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Web.Authorization;

namespace ProducersAvenue.Web.Background;

/// <summary>Hangfire on PostgreSQL as the jobs role, its server, the recurring jobs' schedules and the admin dashboard (decision 017).</summary>
public static class JobsHostingExtensions
{
    public static WebApplicationBuilder AddProducersAvenueJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();

        // Storage and activator belong to this app's container, not to Hangfire's process-wide statics (registered
        // before AddHangfire, whose TryAdd then keeps them): two apps in one process (tests) never share a database.
        // The schema is made by `migrate` (JobsSchema), so the running app never issues DDL.
        services.AddSingleton<JobStorage>(sp => new PostgreSqlStorage(
            new JobsConnectionFactory(sp.GetRequiredService<JobsDataSource>()),
            new PostgreSqlStorageOptions
            {
                SchemaName = JobsSchema.Name,
                PrepareSchemaIfNecessary = false,
                QueuePollInterval = TimeSpan.FromSeconds(Math.Max(1, options.QueuePollSeconds)),
            }));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogs(sp.GetRequiredService<ILoggerFactory>())));
        services.AddScoped<RecurringJobRunner>();

        if (options.RunServer)
        {
            services.AddHostedService<RecurringJobSchedule>();
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = Math.Max(1, options.WorkerCount);
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }
        return builder;
    }

    /// <summary>Hangfire's dashboard at <see cref="JobsOptions.DashboardPath"/>, for admins only.</summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        var dashboard = endpoints.MapHangfireDashboard(JobsOptions.DashboardPath, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new AdminDashboardAuthorization()],
            DashboardTitle = "Producers Avenue · Jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.Admin);
        dashboard.Add(endpoint =>
        {
            // Hangfire reads a form from every request but a page's GET, and throws (500) when there is none: its stats
            // poll is a POST from its own pages, and an address typed by hand gets a plain 400 instead.
            var pages = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = context =>
                (!HttpMethods.IsGet(context.Request.Method) || IsStats(context.Request))
                && !context.Request.HasFormContentType
                    ? Results.BadRequest().ExecuteAsync(context)
                    : pages(context);
        });
        return dashboard;
    }

    private static bool IsStats(HttpRequest request) =>
        request.Path.StartsWithSegments(JobsOptions.DashboardPath + "/stats", StringComparison.OrdinalIgnoreCase);
}
