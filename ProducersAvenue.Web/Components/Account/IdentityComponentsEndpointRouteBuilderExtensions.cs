using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using ProducersAvenue.Web.Components.Account.Pages;
using ProducersAvenue.Web.Components.Account.Pages.Manage;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Web.Authorization;
using ProducersAvenue.Web.Components.Account;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    // For people: indented, and "Cleo's beat" or "Zoë" as written rather than \u0027 or \u00EB escapes (the file is a
    // download served as application/json, never placed in a page).
    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // These endpoints are required by the Identity Razor components defined in the /Components/Account/Pages directory of this project.
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/PerformExternalLogin", (
            HttpContext context,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string provider,
            [FromForm] string returnUrl) =>
        {
            IEnumerable<KeyValuePair<string, StringValues>> query = [
                new("ReturnUrl", returnUrl),
                new("Action", ExternalLogin.LoginCallbackAction)];

            var redirectUrl = UriHelper.BuildRelative(
                context.Request.PathBase,
                "/Account/ExternalLogin",
                QueryString.Create(query));

            var properties = signInManager.ConfigureExternalAuthenticationProperties(provider, redirectUrl);
            return TypedResults.Challenge(properties, [provider]);
        });

        accountGroup.MapPost("/Logout", async (
            ClaimsPrincipal user,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl,
            [FromForm] bool? everywhere) =>
        {
            // "On every device": a new security stamp ends every other session of the account (decision 179).
            if (everywhere == true && await signInManager.UserManager.GetUserAsync(user) is { } member)
                await signInManager.UserManager.UpdateSecurityStampAsync(member);
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(ReturnUrls.OrHome(returnUrl));
        }).WithOrder(-1); // wins over the GET confirmation page (Pages/Logout.razor) that shares the URL

        // Who the browser's cookie signs in now ("none" when no one): an open tab asks when another tab signed out or in, and
        // when it is shown again, and reloads if it runs as someone else (decision 179).
        accountGroup.MapGet("/Session", (HttpContext context, ClaimsPrincipal user) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Text(CurrentUserPrincipal.UserIdOf(user)?.ToString() ?? "none");
        });

        accountGroup.MapPost("/PasskeyCreationOptions", async (
            HttpContext context,
            [FromServices] UserManager<ApplicationUser> userManager,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest(); // a forged or stale page: not a 500

            var user = await userManager.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound($"Unable to load user with ID '{userManager.GetUserId(context.User)}'.");
            }

            var userId = await userManager.GetUserIdAsync(user);
            var userName = await userManager.GetUserNameAsync(user) ?? "User";
            var optionsJson = await signInManager.MakePasskeyCreationOptionsAsync(new()
            {
                Id = userId,
                Name = userName,
                DisplayName = userName
            });
            return TypedResults.Content(optionsJson, contentType: "application/json");
        });

        accountGroup.MapPost("/PasskeyRequestOptions", async (
            HttpContext context,
            [FromServices] UserManager<ApplicationUser> userManager,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] IAntiforgery antiforgery,
            [FromQuery] string? username) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest(); // a forged or stale page: not a 500

            // The name comes from whatever was typed in the sign-in form: NUL and lone surrogates cannot reach the database.
            var name = TextInput.Clean(username);
            var user = string.IsNullOrEmpty(name) || name.Length > AccountEmailAttribute.MaxLength ? null : await userManager.FindByNameAsync(name);
            var optionsJson = await signInManager.MakePasskeyRequestOptionsAsync(user);
            return TypedResults.Content(optionsJson, contentType: "application/json");
        });

        var manageGroup = accountGroup.MapGroup("/Manage").RequireAuthorization();

        manageGroup.MapPost("/LinkExternalLogin", async (
            HttpContext context,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string provider) =>
        {
            // Clear the existing external cookie to ensure a clean login process
            await context.SignOutAsync(IdentityConstants.ExternalScheme);

            var redirectUrl = UriHelper.BuildRelative(
                context.Request.PathBase,
                "/Account/Manage/ExternalLogins",
                QueryString.Create("Action", ExternalLogins.LinkLoginCallbackAction));

            var properties = signInManager.ConfigureExternalAuthenticationProperties(provider, redirectUrl, signInManager.UserManager.GetUserId(context.User));
            return TypedResults.Challenge(properties, [provider]);
        });

        var loggerFactory = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>();
        var downloadLogger = loggerFactory.CreateLogger("DownloadPersonalData");

        manageGroup.MapPost("/DownloadPersonalData", async (
            HttpContext context,
            [FromServices] UserManager<ApplicationUser> userManager,
            [FromServices] PersonalDataExport export,
            [FromServices] TimeProvider clock,
            [FromServices] IAntiforgery antiforgery) =>
        {
            // No form parameter is bound here, so nothing checks the token unless this does: another site must not
            // make a signed-in member's browser download (and hand over) their personal data.
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("The form expired. Reload the page and try again.");

            var user = await userManager.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound($"Unable to load user with ID '{userManager.GetUserId(context.User)}'.");
            }

            var content = await export.ExportMyDataAsync(context.RequestAborted);
            if (content.FirstError is { } error) return Results.BadRequest(error.Message);
            downloadLogger.LogInformation("User with ID '{UserId}' downloaded their personal data.", user.Id);

            // Sign-in details from Identity first, then what the member made on the site (decision 164). The
            // authenticator's secret stays out of a file that may be mailed or synced: the download says whether one is set.
            var now = clock.GetUtcNow();
            var document = new JsonObject
            {
                ["exported_at"] = now,
                ["account"] = new JsonObject
                {
                    ["id"] = user.Id,
                    ["username"] = user.UserName,
                    ["email"] = user.Email,
                    ["email_confirmed"] = user.EmailConfirmed,
                    ["phone_number"] = user.PhoneNumber,
                    ["phone_number_confirmed"] = user.PhoneNumberConfirmed,
                    ["two_factor_enabled"] = user.TwoFactorEnabled,
                    ["authenticator_app_set_up"] = await userManager.GetAuthenticatorKeyAsync(user) is not null,
                    ["passkeys"] = new JsonArray([.. (await userManager.GetPasskeysAsync(user)).Select(p => (JsonNode?)JsonValue.Create(p.Name ?? "Unnamed passkey"))]),
                    ["external_logins"] = new JsonArray([.. (await userManager.GetLoginsAsync(user)).Select(l => (JsonNode?)JsonValue.Create(l.ProviderDisplayName ?? l.LoginProvider))]),
                    ["created_at"] = user.CreatedAt,
                },
            };
            foreach (var (section, value) in JsonNode.Parse(content.Value!)!.AsObject().ToList())
                document[section] = value?.DeepClone();
            var bytes = JsonSerializer.SerializeToUtf8Bytes(document, IndentedJson);

            return TypedResults.File(bytes, contentType: "application/json",
                fileDownloadName: $"producers-avenue-{user.UserName}-{now:yyyy-MM-dd}.json");
        });

        return accountGroup;
    }
}
