using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Accounts;

namespace ProducersAvenue.Web.Components.Account;

/// <summary>Refuses passwords longer than <see cref="AccountOptions.PasswordMaxLength"/> (Identity only has a minimum).</summary>
public sealed class MaxLengthPasswordValidator(IOptions<AccountOptions> options) : IPasswordValidator<ApplicationUser>
{
    public const string Code = "PasswordTooLong";

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var max = options.Value.PasswordMaxLength;
        return Task.FromResult(password is not null && password.Length > max
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = $"Passwords must be at most {max} characters." })
            : IdentityResult.Success);
    }
}
