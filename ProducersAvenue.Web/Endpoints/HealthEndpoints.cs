using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ProducersAvenue.Web.Endpoints;

public static class HealthEndpoints
{
    /// <summary><c>/health</c>: 200 with <c>{"status":"Healthy","database":"Healthy"}</c> when the database answers, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                var body = new Dictionary<string, string> { ["status"] = report.Status.ToString() };
                foreach (var (name, entry) in report.Entries) body[name] = entry.Status.ToString();
                return context.Response.WriteAsync(JsonSerializer.Serialize(body));
            },
        });
        return endpoints;
    }
}
