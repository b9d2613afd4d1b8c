using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Integration.Accounts;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// An unhandled error outside Development answered with the template's error page, which told strangers how to switch the
/// server to its Development environment. It is a 500 with the site's plain page (decision 166): what happened, a
/// reference to quote, "Try again" on the same address; the exception's own words stay in the log.
/// </summary>
public sealed class UnhandledErrorsShowThePlainPage : WebAppTest
{
    private sealed class BrokenStorage : IFileStorage
    {
        public Task<StoredFile> SaveAsync(string folder, string extension, string contentType, Stream content, CancellationToken cancellationToken = default) =>
            throw new IOException("storage volume is gone");
        public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) => throw new IOException("storage volume is gone");
        public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => throw new IOException("storage volume is gone");
        public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => throw new IOException("storage volume is gone");
        public string UrlFor(string key) => "/files/" + key;
    }

    [Fact]
    public async Task A_failing_request_is_a_500_with_the_sites_page_and_a_reference()
    {
        await using var production = App.WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.ConfigureTestServices(services => services.AddSingleton<IFileStorage>(new BrokenStorage()));
        });
        using var client = production.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/files/avatars/2026/11/broken.png?v=2");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1 id=\"pa-auth-title\">Something went wrong</h1>", html);
        Assert.Matches("Reference: <code>[^<]+</code>", html);
        Assert.Contains("href=\"/files/avatars/2026/11/broken.png?v=2\">Try again</a>", html);
        Assert.DoesNotContain("Development", html);
        Assert.DoesNotContain("storage volume is gone", html);
    }
}
