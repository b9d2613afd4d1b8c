using MudBlazor.Services;
using ProducersAvenue.Domain;
using ProducersAvenue.Web.Authorization;
using ProducersAvenue.Web.Components;
using ProducersAvenue.Web.Endpoints;
using ProducersAvenue.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.AddProducersAvenueData();
builder.AddProducersAvenueIdentity();
builder.Services.AddProducersAvenueDomain(builder.Configuration);

var app = builder.Build();

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(app, args);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseBrandAssets();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<CurrentUserMiddleware>();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapHealthEndpoints();
app.MapFileEndpoints();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
