namespace ProducersAvenue.Tests.Support;

/// <summary>The checkout the tests run from: the folder above the test binaries that holds ProducersAvenue.sln.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ProducersAvenue.sln"))) return dir.FullName;
        throw new InvalidOperationException("ProducersAvenue.sln not found above " + AppContext.BaseDirectory);
    }
}
