using ProducersAvenue.Tests.E2E.Support;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("ProducersAvenue.Tests.Support.BrowserLanesFirst", "ProducersAvenue.Tests")]

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// Starts the two E2E lanes before every other collection (decision 231): they are the suite's long poles, one test at a
/// time for ten minutes each, so a lane that waits for a free slot behind integration collections makes the whole run
/// longer by that wait. The other collections keep xunit's order.
/// </summary>
public sealed class BrowserLanesFirst : ITestCollectionOrderer
{
    private static readonly string[] Lanes = [E2EAccountsCollection.Name, E2ECollection.Name];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .Select((collection, index) => (collection, index))
            .OrderBy(c => Array.IndexOf(Lanes, c.collection.DisplayName) is var lane and >= 0 ? lane : Lanes.Length)
            .ThenBy(c => c.index)
            .Select(c => c.collection);
}
