using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>Service listings as one member, and a valid command to vary.</summary>
internal static class ServiceTestKit
{
    public static TestServices As(this TestDb db, Guid userId, UserRole role = UserRole.Member) => db.Services(CurrentUser.For(userId, role));

    public static PackageInput Package(string name = "Basic", decimal? price = 50m, int? days = 3, int? revisions = 2) =>
        new(name, price, days, revisions, ["One song", "WAV master"]);

    public static ServiceCommand Command(string title = "Mixing that breathes", bool mentoring = false, params PackageInput[] packages) => new()
    {
        Title = title,
        Description = "Warm mixes for vocal tracks. #mixing",
        ServiceType = ServiceType.Mixing,
        IsMentoring = mentoring,
        BuyerRequirements = "Stems as WAV.",
        Packages = packages.Length > 0 ? packages : [Package()],
    };

    public static async Task<Guid> CreateAsync(this TestServices services, ServiceCommand command)
    {
        var result = await services.Get<ServiceListingService>().CreateAsync(command);
        Assert.True(result.Succeeded, result.FirstError?.Message);
        return result.Value!.Id;
    }

    public static async Task<Guid> CreateActiveAsync(this TestServices services, ServiceCommand command)
    {
        var id = await services.CreateAsync(command);
        Assert.True((await services.Get<ServiceListingService>().PublishAsync(id)).Succeeded);
        return id;
    }
}
