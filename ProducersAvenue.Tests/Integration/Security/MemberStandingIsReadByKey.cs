using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;
using ProducersAvenue.Web.Authorization;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// Every signed-in request and circuit action reads the member's standing (decision 031), so that read must cost two key
/// lookups whatever the number of members: an EF sub-query once made it a window over every profile (seconds per request
/// on the 100k-member bench).
/// </summary>
public sealed class MemberStandingIsReadByKey : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_standing_is_one_statement_that_reads_no_window_over_the_profiles()
    {
        var member = await _db.CreateUserAsync("standing_member", UserRole.Admin);
        var recorder = new RecordingCommandInterceptor();
        var standings = Standings(member, recorder);

        recorder.Commands.Clear();
        var standing = await standings.ReadAsync(await PrincipalAsync(member));

        Assert.NotNull(standing);
        Assert.True(standing.IsActive);
        Assert.Equal(UserRole.Admin, standing.Role);
        var sql = Assert.Single(recorder.Commands);
        Assert.DoesNotContain("OVER(", sql.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("JOIN user_profiles", sql);
    }

    [Fact]
    public async Task A_ban_or_a_new_security_stamp_ends_the_session()
    {
        var banned = await _db.CreateUserAsync("standing_banned");
        var moved = await _db.CreateUserAsync("standing_moved");
        var bannedPrincipal = await PrincipalAsync(banned);
        var movedPrincipal = await PrincipalAsync(moved);
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true, ban_reason = 'spam' WHERE user_id = $1", banned);
        await _db.ExecuteAsync("UPDATE auth.users SET security_stamp = 'changed' WHERE id = $1", moved);

        Assert.False((await Standings(banned, new RecordingCommandInterceptor()).ReadAsync(bannedPrincipal))!.IsActive);
        Assert.Equal(MemberStanding.PasswordChanged,
            (await Standings(moved, new RecordingCommandInterceptor()).ReadAsync(movedPrincipal))!.EndedBecause);
    }

    [Fact]
    public async Task A_banned_members_standing_says_why_though_the_scope_reading_it_is_already_signed_out()
    {
        var banned = await _db.CreateUserAsync("standing_signed_out");
        var principal = await PrincipalAsync(banned);
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true, ban_reason = 'spam' WHERE user_id = $1", banned);
        // A circuit whose sign-out ran first: its scope names nobody, and a read as the scope's user found no row at all.
        var standings = new MemberStandings(_db.Anonymous().Get<AppDbContextPool>(), Options.Create(new IdentityOptions()));

        var standing = await standings.ReadAsync(principal);

        Assert.NotNull(standing);
        Assert.NotEqual(MemberStanding.AccountGone, standing.EndedBecause);
        Assert.Contains("spam", standing.EndedBecause);
    }

    private MemberStandings Standings(Guid member, RecordingCommandInterceptor recorder) =>
        new(_db.AsWithInterceptor(member, recorder).Get<AppDbContextPool>(), Options.Create(new IdentityOptions()));

    private async Task<ClaimsPrincipal> PrincipalAsync(Guid member)
    {
        var stamp = await _db.ScalarAsync<string>("SELECT security_stamp FROM auth.users WHERE id = $1", member);
        var identity = new ClaimsIdentity([
            new Claim(ClaimTypes.NameIdentifier, member.ToString()),
            new Claim(new IdentityOptions().ClaimsIdentity.SecurityStampClaimType, stamp!),
        ], authenticationType: "test");
        return new ClaimsPrincipal(identity);
    }
}
