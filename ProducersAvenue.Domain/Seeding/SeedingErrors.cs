using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>Why the bulk seed refused to run (docs/decisions/018: codes <c>bulk.*</c>, the area word that shipped first).</summary>
public static class SeedingErrors
{
    public static Error OptionsInvalid(string message) => new("bulk.options_invalid", message, "Options");

    public static readonly Error AlreadySeeded =
        new("bulk.already_seeded", "This database already holds the bulk community: seed a fresh database.");
}
