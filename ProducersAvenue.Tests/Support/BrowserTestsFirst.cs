using ProducersAvenue.Tests.E2E.Support;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("ProducersAvenue.Tests.Support.BrowserTestsFirst", "ProducersAvenue.Tests")]

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// Starts the E2E collection before every other collection (decision 231): it is the suite's long pole — one browser test
/// at a time for most of the run — while the other collections fit beside it. Left to xunit's order it could start
/// eight minutes late, after the integration collections ahead of it took both slots, and the run took that much longer.
/// The other collections keep xunit's order.
/// </summary>
public sealed class BrowserTestsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .Select((collection, index) => (collection, index))
            .OrderBy(c => c.collection.DisplayName == E2ECollection.Name ? 0 : 1)
            .ThenBy(c => c.index)
            .Select(c => c.collection);
}
