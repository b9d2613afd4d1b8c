using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>The web app's real Identity setup (AppFactory) on a fresh database, one app per test class.</summary>
public abstract class WebAppTest : IAsyncLifetime
{
    protected TestDb Db { get; private set; } = null!;
    protected AppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        App = new AppFactory(Db, Settings);
    }

    protected virtual IDictionary<string, string?>? Settings => null;

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }

    protected async Task<PasswordSignIn> SignInAsync(string login, string password)
    {
        await using var scope = App.Scope();
        return await scope.Get<AccountSignInManager>().SignInWithPasswordAsync(login, password, isPersistent: false);
    }
}

public sealed class SignInAcceptsEmailOrUsername : WebAppTest
{
    [Theory]
    [InlineData("mira_keys")]
    [InlineData("Mira_Keys")]
    [InlineData("mira@example.test")]
    [InlineData("MIRA@example.test")]
    public async Task Either_the_email_or_the_username_signs_in(string login)
    {
        await App.CreateMemberAsync("mira_keys", "mira@example.test");

        var attempt = await SignInAsync(login, AppFactory.Password);

        Assert.True(attempt.Result.Succeeded);
    }

    [Fact]
    public async Task The_current_profile_username_signs_in_after_the_profile_renamed_it()
    {
        var user = await App.CreateMemberAsync("old_name");
        await Db.ScalarAsync<int>("UPDATE user_profiles SET username = 'new_name' WHERE user_id = $1", user.Id);

        var attempt = await SignInAsync("new_name", AppFactory.Password);

        Assert.True(attempt.Result.Succeeded);
    }

    [Fact]
    public async Task A_wrong_password_or_unknown_login_gets_the_same_message()
    {
        await App.CreateMemberAsync("mira_keys");

        var wrongPassword = await SignInAsync("mira_keys", "not the password");
        var unknown = await SignInAsync("nobody_here", "not the password");

        Assert.Equal(PasswordSignIn.InvalidAttempt, wrongPassword.Message);
        Assert.Equal(PasswordSignIn.InvalidAttempt, unknown.Message);
    }

    [Fact]
    public async Task An_unconfirmed_email_is_explained_to_someone_who_knows_the_password()
    {
        await using (var scope = App.Scope())
        {
            var user = new ApplicationUser { UserName = "fresh_one", Email = "fresh@example.test" };
            Assert.True((await scope.Get<UserManager<ApplicationUser>>().CreateAsync(user, AppFactory.Password)).Succeeded);
        }

        var attempt = await SignInAsync("fresh_one", AppFactory.Password);

        Assert.True(attempt.Result.IsNotAllowed);
        Assert.Equal(PasswordSignIn.EmailNotConfirmed, attempt.Message);
    }
}

public sealed class FiveWrongPasswordsLockTheAccount : WebAppTest
{
    [Fact]
    public async Task The_fifth_wrong_password_locks_the_account_and_then_even_the_right_one_is_refused()
    {
        await App.CreateMemberAsync("lock_me");

        for (var i = 1; i <= 4; i++)
            Assert.False((await SignInAsync("lock_me", $"wrong {i}")).Result.IsLockedOut);
        var fifth = await SignInAsync("lock_me", "wrong 5");
        var right = await SignInAsync("lock_me", AppFactory.Password);

        Assert.True(fifth.Result.IsLockedOut);
        Assert.True(right.Result.IsLockedOut);
        Assert.False(right.Result.Succeeded);
        Assert.True(await Db.ScalarAsync<bool>("SELECT lockout_end > now() FROM auth.users WHERE user_name = 'lock_me'"));
    }

    [Theory]
    [InlineData("unconfirmed")]
    [InlineData("suspended")]
    public async Task Wrong_passwords_lock_an_account_that_may_not_sign_in_and_then_the_right_one_tells_nothing(string why)
    {
        // Identity refuses these accounts before it checks the password: a guess that comes right must not be told apart.
        if (why == "suspended")
        {
            var member = await App.CreateMemberAsync($"guess_{why}");
            await Db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true, ban_reason = 'spam' WHERE user_id = $1", member.Id);
        }
        else
        {
            await using var scope = App.Scope();
            var user = new ApplicationUser { UserName = $"guess_{why}", Email = $"guess_{why}@example.test" };
            Assert.True((await scope.Get<UserManager<ApplicationUser>>().CreateAsync(user, AppFactory.Password)).Succeeded);
        }

        var wrong = new List<PasswordSignIn>();
        for (var i = 1; i <= 5; i++) wrong.Add(await SignInAsync($"guess_{why}", $"wrong {i}"));
        var right = await SignInAsync($"guess_{why}", AppFactory.Password);

        Assert.All(wrong.Take(4), w => Assert.Equal(PasswordSignIn.InvalidAttempt, w.Message));
        Assert.True(wrong[4].Result.IsLockedOut);
        Assert.True(right.Result.IsLockedOut);
        Assert.Null(right.Message); // not "confirm your email" nor "suspended": the lockout page, as for anyone
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_count_of_wrong_passwords()
    {
        await App.CreateMemberAsync("careful");

        for (var i = 1; i <= 4; i++) await SignInAsync("careful", $"wrong {i}");
        Assert.True((await SignInAsync("careful", AppFactory.Password)).Result.Succeeded);
        var afterReset = await SignInAsync("careful", "wrong again");

        Assert.False(afterReset.Result.IsLockedOut);
        Assert.Equal(1, await Db.ScalarAsync<int>("SELECT access_failed_count FROM auth.users WHERE user_name = 'careful'"));
    }
}

public sealed class PasswordsAreHashedWithPbkdf2At210000Iterations : WebAppTest
{
    // The shipped configuration: without AppFactory's cheaper hashing for the rest of the suite.
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Accounts:PasswordHashIterations"] = null };

    [Fact]
    public async Task A_fresh_hash_is_identity_v3_format_with_210000_iterations()
    {
        await using var scope = App.Scope();
        var hasher = scope.Get<IPasswordHasher<ApplicationUser>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(new ApplicationUser(), "some password"));

        // Identity v3 layout: format marker 0x01, PRF (uint32 BE), iteration count (uint32 BE), salt length, salt, subkey.
        Assert.Equal(0x01, hash[0]);
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
        Assert.Equal(210_000, iterations);
    }

    [Fact]
    public async Task Passwords_from_8_to_128_characters_are_accepted_and_others_refused()
    {
        await using var scope = App.Scope();
        var users = scope.Get<UserManager<ApplicationUser>>();

        async Task<IdentityResult> Create(string name, int length) =>
            await users.CreateAsync(new ApplicationUser { UserName = name, Email = $"{name}@example.test" },
                string.Concat(Enumerable.Repeat("tape dawn ", 13))[..length]);

        Assert.Contains((await Create("seven", 7)).Errors, e => e.Code == "PasswordTooShort");
        Assert.True((await Create("eight", 8)).Succeeded);
        Assert.True((await Create("max_len", 128)).Succeeded);
        Assert.Contains((await Create("too_long", 129)).Errors, e => e.Code == MaxLengthPasswordValidator.Code);
    }

    [Fact]
    public async Task A_sign_up_with_a_common_password_is_told_so_at_the_password()
    {
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Username"] = "weak_one", ["Input.Email"] = "weak@example.test", ["Input.Password"] = "password",
        });

        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(CommonPasswordValidator.Message, html);
        Assert.Equal(0L, await Db.ScalarAsync<long>("SELECT count(*) FROM auth.users WHERE email = 'weak@example.test'"));
    }
}

public sealed class ChangingThePasswordEndsOtherSessions : WebAppTest
{
    [Fact]
    public async Task A_principal_issued_before_the_change_no_longer_validates()
    {
        var member = await App.CreateMemberAsync("rotating");
        ClaimsPrincipal before;
        await using (var scope = App.Scope())
        {
            var signIn = scope.Get<AccountSignInManager>();
            before = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByIdAsync(member.Id.ToString()))!);
            Assert.NotNull(await signIn.ValidateSecurityStampAsync(before));
        }

        await using (var scope = App.Scope())
        {
            var users = scope.Get<UserManager<ApplicationUser>>();
            var user = (await users.FindByIdAsync(member.Id.ToString()))!;
            Assert.True((await users.ChangePasswordAsync(user, AppFactory.Password, "a brand new password")).Succeeded);
        }

        await using (var scope = App.Scope())
        {
            Assert.Null(await scope.Get<AccountSignInManager>().ValidateSecurityStampAsync(before));
        }
    }
}

public sealed class BannedMembersCannotSignIn : WebAppTest
{
    private async Task<ApplicationUser> BannedAsync(string username, string? reason)
    {
        var user = await App.CreateMemberAsync(username);
        await Db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true, ban_reason = $2 WHERE user_id = $1", user.Id, (object?)reason ?? DBNull.Value);
        return user;
    }

    [Fact]
    public async Task The_right_password_is_refused_with_the_ban_reason()
    {
        await BannedAsync("spammer", "Spam in 40 groups");

        var attempt = await SignInAsync("spammer", AppFactory.Password);

        Assert.False(attempt.Result.Succeeded);
        Assert.Equal("Your account was suspended: Spam in 40 groups", attempt.Message);
    }

    [Fact]
    public async Task A_ban_without_a_reason_still_says_it_is_a_suspension()
    {
        await BannedAsync("quiet_ban", null);

        var attempt = await SignInAsync("quiet_ban", AppFactory.Password);

        Assert.Equal(PasswordSignIn.Suspended(AccountSuspensions.NoReasonGiven), attempt.Message);
    }

    [Fact]
    public async Task A_wrong_password_does_not_reveal_the_ban()
    {
        await BannedAsync("spammer", "Spam in 40 groups");

        var attempt = await SignInAsync("spammer", "guessing");

        Assert.Equal(PasswordSignIn.InvalidAttempt, attempt.Message);
    }

    [Fact]
    public async Task A_session_that_started_before_the_ban_stops_validating()
    {
        var member = await App.CreateMemberAsync("soon_banned");
        ClaimsPrincipal session;
        await using (var scope = App.Scope())
        {
            var signIn = scope.Get<AccountSignInManager>();
            session = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByIdAsync(member.Id.ToString()))!);
        }
        await Db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true, ban_reason = 'fraud' WHERE user_id = $1", member.Id);

        await using var later = App.Scope();
        Assert.Null(await later.Get<AccountSignInManager>().ValidateSecurityStampAsync(session));
    }
}
