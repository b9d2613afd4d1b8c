using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>
/// The browser tests' app logs into <see cref="ServerErrors"/>, which keeps its errors, with their exceptions, and nothing
/// quieter.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ServerErrorsAreKept(E2EFixture app)
{
    [Fact]
    public void The_apps_errors_and_their_exceptions_are_kept_once_and_its_warnings_are_not()
    {
        var log = app.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Circuit");

        log.LogWarning("A slow render");
        log.LogError(new InvalidOperationException("The list could not be read"), "Unhandled exception in circuit {Id}", "c1");

        var kept = Assert.Single(app.Errors.Drain());
        Assert.Contains("Error Circuit: Unhandled exception in circuit c1", kept, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: The list could not be read", kept, StringComparison.Ordinal);
        Assert.Empty(app.Errors.Drain());
    }
}
