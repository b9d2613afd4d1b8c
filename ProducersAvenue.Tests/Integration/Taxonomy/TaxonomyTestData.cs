using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Taxonomy;

/// <summary>Members and lookups shared by the custom-value tests.</summary>
internal static class TaxonomyTestData
{
    public static async Task<List<Guid>> CreateMembersAsync(TestDb db, string prefix, int count)
    {
        var ids = new List<Guid>();
        for (var i = 1; i <= count; i++) ids.Add(await db.CreateUserAsync($"{prefix}_{i}"));
        return ids;
    }

    public static Task<Result<CustomValueOutcome>> RequestAsync(TestDb db, Guid member, CustomFieldType type, string value, Guid? categoryId = null) =>
        db.Services(CurrentUser.For(member)).Get<TaxonomyService>().RequestCustomValueAsync(type, value, categoryId);

    public static TaxonomyService AsAdmin(TestDb db, Guid admin) => db.Services(CurrentUser.For(admin, UserRole.Admin)).Get<TaxonomyService>();

    public static async Task<CustomFieldRequest> RequestRowAsync(TestDb db, CustomFieldType type, string normalized)
    {
        await using var context = db.Context();
        return await context.CustomFieldRequests.AsNoTracking().SingleAsync(r => r.FieldType == type && r.NormalizedValue == normalized);
    }

    public static async Task<List<Notification>> CustomFieldNotificationsAsync(TestDb db)
    {
        await using var context = db.Context();
        return await context.Notifications.AsNoTracking().Where(n => n.Type == NotificationType.CustomField).ToListAsync();
    }
}
