using System.Reflection;
using Xunit.Sdk;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>
/// Closes every browser context a test left open when it ends (on <see cref="E2ECollection"/>, so every browser test,
/// before the test class's own <c>DisposeAsync</c>). A tab left open kept its renderer — and its circuit on the app —
/// until the collection ended; a tab of an app a test ran and stopped kept Blazor's rejoining animation going for the
/// rest of the run: three such tabs took ~180 s of CPU in one full run (decision 234). Then what the app logged at Error
/// during the test goes to its file (<see cref="ServerErrors"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ClosesItsTabsAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest)
    {
        if (E2EFixture.Current is { } fixture)
        {
            // Off xunit's synchronisation context, which a blocking wait on Playwright's continuations could deadlock.
            Task.Run(fixture.CloseTabsAsync).GetAwaiter().GetResult();
            fixture.Errors.WriteTo($"{methodUnderTest.DeclaringType?.Name}.{methodUnderTest.Name}");
        }
    }
}
