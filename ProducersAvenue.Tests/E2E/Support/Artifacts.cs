namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>Where the browser tests leave what a reader of a run looks at: <c>$PA_TEST_ARTIFACTS</c>, ./artifacts when unset.</summary>
public static class Artifacts
{
    public static string Folder(string name) =>
        Path.Combine(Environment.GetEnvironmentVariable("PA_TEST_ARTIFACTS") is { Length: > 0 } dir ? dir : Path.GetFullPath("artifacts"), name);
}
