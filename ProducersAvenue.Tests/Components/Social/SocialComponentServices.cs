using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support.Fakes;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>
/// What the social components need around them in bUnit: MudBlazor, a fixed clock, a signed-in member, the media rules
/// and fakes of the outside services. The database is named but never reached: rendering and validation need none.
/// </summary>
internal static class SocialComponentServices
{
    public static IServiceCollection AddSocialComponentBasics(this IServiceCollection services, DateTimeOffset now, IFileStorage storage)
    {
        services.AddMudServices();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        services.AddSingleton<ICurrentUser>(CurrentUser.For(Guid.NewGuid()));
        services.AddAppDatabase("Host=127.0.0.1;Port=1;Database=unused;Username=unused");
        services.AddSingleton<MediaUploadRules>();
        services.AddSingleton<AudioDecoder>();
        services.AddScoped<AudioWaveforms>();
        services.AddScoped<AudioStore>();
        services.AddSingleton<ImageReencoder>();
        services.AddSingleton<ILinkPreviewFetcher, FakeLinkPreviewFetcher>();
        services.AddSingleton<INotifier, NoNotifier>();
        services.AddSingleton<IPublicPageCache, PublicContentEviction>();
        services.AddSingleton(storage);
        services.AddScoped(_ => new PrerenderedStateBudget(64 * 1024));
        services.AddScoped<ViewerTime>();
        return services;
    }
}
