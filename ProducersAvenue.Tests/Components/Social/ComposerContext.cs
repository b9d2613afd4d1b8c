using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support.Fakes;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>
/// The composer with the real PostService and PostMediaService on a fake file storage, interactive: validation fails
/// before any database access, so no database is needed.
/// </summary>
public abstract class ComposerContext : BunitContext, IAsyncLifetime
{
    protected FakeFileStorage Storage { get; } = new();

    /// <param name="configure">Registrations of the test's own, made before anything is resolved.</param>
    protected ComposerContext(Action<BunitServiceProvider>? configure = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSocialComponentBasics(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), Storage);
        Services.AddScoped<PostMediaService>();
        Services.AddScoped<PostService>();
        configure?.Invoke(Services);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public Task InitializeAsync() => Task.CompletedTask;
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    protected IRenderedComponent<PostComposer> RenderComposer()
    {
        Render<MudPopoverProvider>();
        return Render<PostComposer>();
    }
}
