using System.Reflection;
using NetArchTest.Rules;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Tests.Unit.Architecture;

/// <summary>
/// The boundaries of docs/decisions/101 that the compiler does not hold (Domain is one assembly, so <c>internal</c> does
/// not separate its features): Domain knows nothing of the web; a feature's non-public types stay inside the feature;
/// EF's configurations, migrations and interceptors are Persistence's own; pages reach data through services.
/// </summary>
public sealed class LayersAndFeaturesKeepTheirBoundaries
{
    private static readonly Assembly Domain = typeof(AppDbContext).Assembly;
    private static readonly Assembly Web = typeof(ProducersAvenue.Web.Components.App).Assembly;
    private const string DomainRoot = "ProducersAvenue.Domain";

    [Fact]
    public void Domain_does_not_depend_on_the_web_app_blazor_or_mudblazor()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("ProducersAvenue.Web", "MudBlazor", "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Mvc",
                "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.SignalR", "Microsoft.JSInterop")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    public static TheoryData<string> Features => [.. FeatureNamespaces()];

    [Theory]
    [MemberData(nameof(Features))]
    public void A_features_non_public_types_are_used_only_inside_the_feature(string feature)
    {
        var internals = Types.InAssembly(Domain).That().ResideInNamespace(feature).And().AreNotPublic().GetTypes()
            .Where(t => !t.IsNested && !t.Name.StartsWith('<'))
            .Select(t => t.FullName!).ToArray();
        if (internals.Length == 0) return;

        var result = Types.InAssembly(Domain).That().DoNotResideInNamespace(feature).ShouldNot().HaveDependencyOnAny(internals).GetResult();

        Assert.True(result.IsSuccessful, $"{Failing(result)} use internals of {feature}: {string.Join(", ", internals)}");
    }

    [Fact]
    public void Only_persistence_uses_entity_configurations_migrations_and_interceptors()
    {
        var result = Types.InAssemblies([Domain, Web]).That().DoNotResideInNamespace($"{DomainRoot}.Persistence")
            .ShouldNot().HaveDependencyOnAny($"{DomainRoot}.Persistence.Configurations", $"{DomainRoot}.Persistence.Migrations",
                $"{DomainRoot}.Persistence.Interceptors")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Pages_and_components_reach_data_through_services_not_the_db_context()
    {
        // Components/Account is ASP.NET Core Identity's area: its sign-in manager reads accounts through the Identity store.
        var result = Types.InAssembly(Web).That().ResideInNamespace("ProducersAvenue.Web.Components")
            .And().DoNotResideInNamespace("ProducersAvenue.Web.Components.Account")
            .ShouldNot().HaveDependencyOnAny($"{DomainRoot}.Persistence")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    /// <summary>Every first-level namespace of Domain except Persistence, which every feature's services use.</summary>
    private static IEnumerable<string> FeatureNamespaces() =>
        Domain.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(ns => ns.StartsWith(DomainRoot + ".", StringComparison.Ordinal))
            .Select(ns => string.Join('.', ns.Split('.').Take(3)))
            .Where(ns => ns != $"{DomainRoot}.Persistence")
            .Distinct().Order();

    private static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
