using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Notifications.Email;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// Identity's account emails (confirm, reset, "someone tried to sign up with your email", an email or password change)
/// through the platform's one mail path (decision 173).
/// </summary>
public sealed class IdentityEmailSender(IMailer mailer) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        mailer.SendAsync(email, "Confirm your Producers Avenue email",
            $"<p>Welcome to Producers Avenue!</p><p><a href=\"{HtmlEncoder.Default.Encode(confirmationLink)}\">Confirm your email address</a> to finish signing up.</p>");

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        mailer.SendAsync(email, "Reset your Producers Avenue password",
            $"<p><a href=\"{HtmlEncoder.Default.Encode(resetLink)}\">Choose a new password</a>. If you did not ask for this, ignore this email.</p>");

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        mailer.SendAsync(email, "Your Producers Avenue password reset code",
            $"<p>Your password reset code is <strong>{HtmlEncoder.Default.Encode(resetCode)}</strong>.</p>");

    /// <summary>The link that moves an existing account to a new address: sent to the new address, saying what it is for.</summary>
    public Task SendEmailChangeLinkAsync(string username, string newEmail, string confirmationLink) =>
        mailer.SendAsync(newEmail, "Confirm your new Producers Avenue email",
            $"<p>The Producers Avenue member <strong>@{HtmlEncoder.Default.Encode(username)}</strong> asked to use this address for their account.</p>" +
            $"<p><a href=\"{HtmlEncoder.Default.Encode(confirmationLink)}\">Confirm the new email address</a>. Until then the account keeps its old one.</p>" +
            "<p>If you did not ask for this, ignore this email: nothing changes.</p>");

    public const string EmailTakenSubject = "Someone asked to use your email on Producers Avenue";

    /// <summary>
    /// An email change to an address that already has an account answers as if it went ahead (no enumeration); the
    /// address's owner is told here instead, and nothing changes.
    /// </summary>
    public Task SendEmailTakenAsync(string email) =>
        mailer.SendAsync(email, EmailTakenSubject,
            "<p>A Producers Avenue member asked to move their account to this email address, which already belongs to an account.</p>" +
            "<p>Nothing changed on your account. If you have questions, reply to this email.</p>");

    /// <summary>Told at the old address once an email change is confirmed, so a change the member did not make is noticed.</summary>
    public Task SendEmailChangedAsync(string oldEmail, string newEmail, string resetLink) =>
        mailer.SendAsync(oldEmail, "Your Producers Avenue email was changed",
            $"<p>Your account's email is now <strong>{HtmlEncoder.Default.Encode(newEmail)}</strong>.</p>" +
            $"<p>If you did not make this change, <a href=\"{HtmlEncoder.Default.Encode(resetLink)}\">reset your password</a> and write to us.</p>");

    /// <summary>Told after a password change, so one the member did not make is noticed.</summary>
    public Task SendPasswordChangedAsync(string email, string resetLink) =>
        mailer.SendAsync(email, "Your Producers Avenue password was changed",
            "<p>The password of your Producers Avenue account was just changed.</p>" +
            $"<p>If it was not you, <a href=\"{HtmlEncoder.Default.Encode(resetLink)}\">reset your password</a> now.</p>");

    /// <summary>
    /// Told after two-factor authentication is turned on or off, or its recovery codes are replaced, so a change the member
    /// did not make (a session left open or stolen removing the second step) is noticed, as a password change is.
    /// </summary>
    public Task SendTwoFactorChangedAsync(ApplicationUser user, TwoFactorChange change, NavigationManager navigation)
    {
        if (user.Email is not { } email) return Task.CompletedTask;
        var settingsLink = navigation.ToAbsoluteUri("Account/Manage/TwoFactorAuthentication").AbsoluteUri;
        var resetLink = navigation.ToAbsoluteUri("Account/ForgotPassword").AbsoluteUri;
        var (subject, what) = change switch
        {
            TwoFactorChange.TurnedOn => (TwoFactorOnSubject, "Two-factor authentication was just turned on for your Producers Avenue account: signing in now asks for a code from your authenticator app."),
            TwoFactorChange.TurnedOff => (TwoFactorOffSubject, "Two-factor authentication was just turned off for your Producers Avenue account: signing in now asks for your password only."),
            _ => (RecoveryCodesSubject, "New recovery codes were just made for your Producers Avenue account; the old ones no longer work."),
        };
        return mailer.SendAsync(email, subject,
            $"<p>{what}</p>" +
            $"<p>If it was not you, <a href=\"{HtmlEncoder.Default.Encode(resetLink)}\">reset your password</a> now, then check " +
            $"<a href=\"{HtmlEncoder.Default.Encode(settingsLink)}\">two-factor authentication</a>.</p>");
    }

    public const string TwoFactorOnSubject = "Two-factor authentication is on for your Producers Avenue account";
    public const string TwoFactorOffSubject = "Two-factor authentication was turned off on your Producers Avenue account";
    public const string RecoveryCodesSubject = "New recovery codes for your Producers Avenue account";

    public const string SignUpAttemptSubject = "Someone tried to sign up with your email";

    /// <summary>
    /// Sign-up with an address that already has an account answers as if it were new (no enumeration); the owner is
    /// told here instead, with the way back in.
    /// </summary>
    public Task SendSignUpAttemptAsync(string email, string signInLink, string resetLink) =>
        mailer.SendAsync(email, SignUpAttemptSubject,
            $"<p>Someone (perhaps you) tried to create a Producers Avenue account with this email address, which already has one.</p>" +
            $"<p><a href=\"{HtmlEncoder.Default.Encode(signInLink)}\">Sign in</a> with your email or username, or " +
            $"<a href=\"{HtmlEncoder.Default.Encode(resetLink)}\">reset your password</a> if you forgot it.</p>" +
            "<p>If it was not you, ignore this email: nothing changed on your account.</p>");
}

/// <summary>A change to a member's two-factor authentication that they are told of by email.</summary>
public enum TwoFactorChange
{
    TurnedOn,
    TurnedOff,
    NewRecoveryCodes,
}
