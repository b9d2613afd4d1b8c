using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// approve_custom_field_request takes the reviewer from app.user_id and the admin power from user_profiles.role:
/// neither an argument nor the role the application claims can make a member a reviewer.
/// </summary>
public sealed class CustomValueApprovalTakesTheReviewerFromTheCaller : IAsyncLifetime
{
    private TestDb _db = null!;
    private SecurityWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await SecurityWorld.CreateAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<Guid?> ApproveAsync(ICurrentUser caller)
    {
        await using var db = _db.Services(caller).Contexts.CreateDbContext();
        return await db.Database.SqlQuery<Guid?>($"SELECT approve_custom_field_request({_world.Id("request")}) AS \"Value\"").SingleAsync();
    }

    [Fact]
    public async Task A_member_who_claims_to_be_admin_is_refused_by_the_database()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => ApproveAsync(CurrentUser.For(_world.B, UserRole.Admin)));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Equal("pending", await _db.ScalarAsync<string>("SELECT status FROM custom_field_requests WHERE id = $1", _world.Id("request")));
    }

    [Fact]
    public async Task An_admin_by_profile_approves_and_is_recorded_as_the_reviewer()
    {
        var created = await ApproveAsync(CurrentUser.For(_world.Admin, UserRole.Admin));

        Assert.NotNull(created);
        Assert.Equal(_world.Admin, await _db.ScalarAsync<Guid>("SELECT reviewed_by FROM custom_field_requests WHERE id = $1", _world.Id("request")));
    }

    [Fact]
    public async Task The_application_roles_cannot_call_the_internal_approval_that_takes_a_reviewer()
    {
        await using var db = _db.Services(CurrentUser.For(_world.Admin, UserRole.Admin)).Contexts.CreateDbContext();

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.Database
            .SqlQuery<Guid?>($"SELECT custom_field_request_apply_approval({_world.Id("request")}, {_world.B}, 'approved') AS \"Value\"").SingleAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }
}
