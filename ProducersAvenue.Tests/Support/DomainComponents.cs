using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Web.Components.Pages.Messaging.Components;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// The setup of bUnit tests that render components over the real domain services and PostgreSQL: MudBlazor, loose JS
/// interop, the domain on <paramref name="db"/> as <paramref name="user"/> with a fake clock at <paramref name="now"/>,
/// rendering as an interactive circuit does (the forms mark themselves interactive for the browser tests); <c>settings</c>
/// configure it as <c>appsettings.json</c> would (<c>Money:Processor</c> = <c>Stripe</c>).
/// </summary>
public static class DomainComponents
{
    public static void UseDomain(this BunitContext context, TestDb db, ICurrentUser user, DateTimeOffset now, bool withMud = true,
        Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        // These components wait for real queries: bUnit's one second is too short on a loaded machine (a page's first
        // query timed out beside the browser tests). A wait still ends the moment its assertion holds.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        if (withMud) context.Services.AddMudServices();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        context.Services.AddSingleton<IConfiguration>(configuration);
        context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        context.Services.AddSingleton(user);
        context.Services.AddAppDatabase(db.AppConnectionString);
        context.Services.AddProducersAvenueDomain(configuration);
        context.Services.AddScoped(_ => new PrerenderedStateBudget(64 * 1024));
        context.Services.AddScoped<ViewerTime>();
        context.Services.AddScoped<MessageDrafts>();
        context.Services.AddScoped<CircuitConnection>();
        // A test's own fakes and limits, registered last (bUnit takes no registration once a service has been read).
        configure?.Invoke(context.Services);
        context.SetRendererInfo(new RendererInfo("Server", true));
    }
}
