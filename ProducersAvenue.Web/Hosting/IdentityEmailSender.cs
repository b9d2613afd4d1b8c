using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Notifications.Email;

namespace ProducersAvenue.Web.Hosting;

/// <summary>Identity's account emails (confirm, reset, "someone tried to sign up with your email") through the platform's one mail path.</summary>
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
