using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Domain.Library;

/// <summary>
/// The terms a licence page prints: the seller's own text for a custom licence (snapshotted when the product was acquired),
/// otherwise the platform's standard wording of the licence type.
/// </summary>
public static class LicenceTerms
{
    public static string For(LicenseType type, string? customText) => type switch
    {
        LicenseType.Custom when !string.IsNullOrWhiteSpace(customText) => customText.Trim(),
        LicenseType.Commercial =>
            "Commercial licence. The licensee may use the work in their own productions, including commercial releases, " +
            "performances, streams and synchronisation, with no limit on copies or plays. The licensee may not resell, share " +
            "or redistribute the files as they are, nor claim authorship of the work itself. The seller keeps the copyright.",
        LicenseType.Exclusive =>
            "Exclusive licence. The licensee alone may use the work, in personal and commercial productions, with no limit on " +
            "copies or plays. The seller no longer licenses the work to anyone else. The licensee may not resell or redistribute " +
            "the files as they are. The seller keeps the authorship credit.",
        _ =>
            "Personal licence. The licensee may use the work in non-commercial projects: practice, demos, study and personal " +
            "releases that earn no money. Any commercial use needs a commercial licence. The licensee may not resell, share or " +
            "redistribute the files. The seller keeps the copyright.",
    };
}
