using MudBlazor.Services;
using ProducersAvenue.Domain;
using ProducersAvenue.Web.Authorization;
using ProducersAvenue.Web.Background;
using ProducersAvenue.Web.Components;
using ProducersAvenue.Web.Components.Pages.Messaging.Components;
using ProducersAvenue.Web.Components.Pages.Social.Components;
using ProducersAvenue.Web.Components.Shared;
using ProducersAvenue.Web.Endpoints;
using ProducersAvenue.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddSecurityHeaders();
builder.AddPageCompression();
builder.AddPublicPageCache();
builder.AddRequestRateLimiting();
builder.Services.AddRazorComponents().AddInteractiveServerComponents()
    .AddHubOptions(hub => builder.Configuration.GetSection("SignalR").Bind(hub)); // receive limit vs text boxes: decision 060
builder.Services.AddMudServices();
builder.Services.AddScoped(PrerenderedStateBudget.For(builder.Configuration));
builder.Services.AddScoped<ViewerTime>(); // decision 148: a member sees times on their own clock // decision 127: what a page hands its circuit stays under the receive limit
builder.Services.AddScoped<MessageDrafts>(); // a conversation's unsent message waits while its tab lives
builder.Services.AddCircuitConnection(); // decision 273: nothing is marked seen while the member's browser is away
builder.Services.AddServedStylesheets();
builder.AddProducersAvenueData();
builder.AddProducersAvenueIdentity();
builder.Services.AddProducersAvenueDomain(builder.Configuration);
builder.AddProducersAvenueJobs();
builder.Services.AddSocialCards(builder.Configuration);

var app = builder.Build();

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(app, args);

// A HEAD is routed as the GET it stands for (pages answer only GET and POST), so routing comes after it — where
// WebApplication would otherwise put it on its own, first.
app.UseHeadAsGet();
app.UseRouting();
app.UseSecurityHeaders();
app.UseResponseCompression();
if (!app.Environment.IsDevelopment())
{
    app.UseServerErrorPage();
    app.UseHsts();
}
// Only reads get the not-found page: a POST re-executed to /not-found would reach the page endpoint as a form post (500).
app.UseWhen(http => HttpMethods.IsGet(http.Request.Method),
    reads => reads.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
app.UseBrandAssets();
app.UseAuthentication();
app.UseRateLimiter(); // after authentication: downloads are limited per member
app.UseMiddleware<CurrentUserMiddleware>();
app.UseAuthorization();
app.UseFormNulRemoval();
app.UseAntiforgery();
app.UsePublicPageCache();

app.MapStaticAssets();
app.MapServedStylesheets();
// SecurityHeaders sends frame-ancestors in the one full policy; Blazor's own frame-ancestors-only header would be a second.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
app.MapAdditionalIdentityEndpoints();
app.MapHealthEndpoints();
app.MapCrawlerEndpoints();
app.MapAppIconEndpoints();
app.MapFileEndpoints();
app.MapLibraryEndpoints();
app.MapMessageEndpoints();
app.MapMentionEndpoints();
app.MapWalletEndpoints();
app.MapWebhookEndpoints();
app.MapUnsubscribeEndpoints();
app.MapJobsDashboard();
app.MapNotFoundPage();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
