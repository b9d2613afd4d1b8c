using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Web.Components.Account;

/// <summary>The outcome of a password sign-in and, when it failed, the message the login page shows.</summary>
public sealed record PasswordSignIn(SignInResult Result, string? Message = null)
{
    public const string InvalidAttempt = "That email or username and password do not match.";
    public const string EmailNotConfirmed = "Confirm your email address first: open the link we emailed you, or ask for a new one below.";
    public static string Suspended(string reason) => $"Your account was suspended: {reason}";
}

/// <summary>
/// The site's sign-in rules in one place: sign in by email or username, every wrong password counts towards lockout,
/// and banned members (<see cref="AccountSuspensions"/>) can neither sign in nor keep an existing session
/// (the security-stamp check that runs on every cookie refresh refuses them too).
/// </summary>
public sealed class AccountSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    AccountSuspensions suspensions,
    IDbContextFactory<AppDbContext> contexts)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        await base.CanSignInAsync(user) && await suspensions.ReasonAsync(user.Id) is null;

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await suspensions.ReasonAsync(user.Id) is null ? user : null;
    }

    /// <summary>Signs in with an email address or a username and a password; failures count towards lockout.</summary>
    public async Task<PasswordSignIn> SignInWithPasswordAsync(string login, string password, bool isPersistent)
    {
        var user = await FindByLoginAsync(login);
        if (user is null) return new(SignInResult.Failed, PasswordSignIn.InvalidAttempt);

        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
        if (!result.IsNotAllowed) return new(result, result.Succeeded || result.RequiresTwoFactor || result.IsLockedOut ? null : PasswordSignIn.InvalidAttempt);

        // Not allowed (suspended, or the email not confirmed): Identity refused before it checked the password, so the
        // wrong ones count here, towards the same lockout, and a locked account says nothing more. Say why only to
        // someone who knows the password.
        if (await UserManager.IsLockedOutAsync(user)) return new(SignInResult.LockedOut);
        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            await UserManager.AccessFailedAsync(user);
            return await UserManager.IsLockedOutAsync(user) ? new(SignInResult.LockedOut) : new(result, PasswordSignIn.InvalidAttempt);
        }
        if (await suspensions.ReasonAsync(user.Id) is { } reason) return new(result, PasswordSignIn.Suspended(reason));
        return new(result, PasswordSignIn.EmailNotConfirmed);
    }

    /// <summary>The account an email address or username (sign-in name, else current profile username) belongs to.</summary>
    public async Task<ApplicationUser?> FindByLoginAsync(string login)
    {
        login = login.Trim();
        if (login.Length == 0) return null;
        if (login.Contains('@')) return await UserManager.FindByEmailAsync(login);
        if (await UserManager.FindByNameAsync(login) is { } byName) return byName;

        var username = UsernameRules.Normalize(login);
        await using var db = contexts.CreateDbContext();
        // Anonymous callers cannot read private profiles (Row Level Security): the lookup runs with the owner's rights.
        var userId = await db.Database.SqlQuery<Guid?>($"SELECT account_user_id_by_username({username}) AS \"Value\"").SingleAsync();
        return userId is null ? null : await UserManager.FindByIdAsync(userId.Value.ToString());
    }
}
