using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Web.Authorization;
using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Web.Hosting;

public static class IdentityHostingExtensions
{
    /// <summary>ASP.NET Core Identity on AppDbContext, cookies, policies and the current-user plumbing.</summary>
    public static WebApplicationBuilder AddProducersAvenueIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorizationBuilder().AddProducersAvenuePolicies();

        var accounts = builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = accounts.PasswordMinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.LockoutMinutes);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AccountSignInManager>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<MaxLengthPasswordValidator>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<ProfileClaimsPrincipalFactory>();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = accounts.PasswordHashIterations);
        // A changed password or email rotates the security stamp; old cookies stop working within this interval
        // (CurrentUserMiddleware already refuses them on the next request, and open circuits on their next action).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddScoped<IdentityEmailSender>();
        services.AddScoped<IEmailSender<ApplicationUser>>(sp => sp.GetRequiredService<IdentityEmailSender>());
        // The development mailbox opens to everyone in Development only; elsewhere only admins see it (decision 030).
        if (builder.Environment.IsDevelopment()) services.PostConfigure<EmailOptions>(o => o.OpenDevMailboxToEveryone());
        services.AddHostedService<EmailSettingsCheck>();

        services.AddScoped<MemberStandings>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();
        return builder;
    }
}
