namespace ProducersAvenue.Domain.Persistence.Sql;

/// <summary>The named .sql files under Persistence/Sql, embedded in the assembly and applied by migrations.</summary>
public static class SqlScript
{
    public static string Read(string fileName)
    {
        var assembly = typeof(SqlScript).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"SQL script {fileName} is not embedded.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
