using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;
using static ProducersAvenue.Tests.Integration.Taxonomy.TaxonomyTestData;

namespace ProducersAvenue.Tests.Integration.Taxonomy;

public sealed class CustomSkillAutoApproval : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Auto_approves_a_skill_at_the_third_distinct_requester()
    {
        var members = await CreateMembersAsync(_db, "skill_fan", 3);

        Assert.True((await RequestAsync(_db, members[0], CustomFieldType.Skill, "Modular Patching")).Value!.IsPending);
        Assert.True((await RequestAsync(_db, members[1], CustomFieldType.Skill, "modular patching")).Value!.IsPending);
        var third = await RequestAsync(_db, members[2], CustomFieldType.Skill, "Modular patching");

        Assert.False(third.Value!.IsPending);
        var request = await RequestRowAsync(_db, CustomFieldType.Skill, "modular patching");
        Assert.Equal(CustomFieldStatus.AutoApproved, request.Status);
        await using var db = _db.Context();
        var skill = await db.Skills.SingleAsync(s => s.Id == request.CreatedFieldId);
        Assert.True(skill.IsAdminApproved);
        Assert.Equal("Modular Patching", skill.Name);
        Assert.Equal(3, await db.UserSkills.CountAsync(l => l.SkillId == skill.Id));
        Assert.Equal(3, (await CustomFieldNotificationsAsync(_db)).Count);
    }

    [Fact]
    public async Task The_threshold_comes_from_configuration_through_platform_settings()
    {
        var settings = new Dictionary<string, string?> { ["Taxonomy:SkillAutoApproveThreshold"] = "2" };
        // The migrate command writes the settings as the owner; so does the test.
        await _db.OwnerServices(settings: settings).Get<ProducersAvenue.Domain.Common.PlatformSettingsWriter>().WriteAsync();
        var members = await CreateMembersAsync(_db, "early", 2);

        await RequestAsync(_db, members[0], CustomFieldType.Skill, "Vinyl Cutting");
        var second = await RequestAsync(_db, members[1], CustomFieldType.Skill, "Vinyl Cutting");

        Assert.False(second.Value!.IsPending);
        Assert.Equal("2", await _db.ScalarAsync<string>("SELECT value FROM platform_settings WHERE key = 'taxonomy.skill_auto_approve_threshold'"));
        Assert.Equal("5", await _db.ScalarAsync<string>("SELECT value FROM platform_settings WHERE key = 'taxonomy.genre_auto_approve_threshold'"));
    }
}
